package dev.lectern.web;

import dev.lectern.archive.Curator;
import dev.lectern.auth.LoginLimiter;
import dev.lectern.auth.Sessions;
import dev.lectern.index.JsonCodec;
import dev.lectern.index.MetadataReview;
import dev.lectern.index.SlideIndex;
import io.javalin.config.JavalinConfig;

/**
 * The organizers' half of the API, kept beside WebServer's reading half: login, uploads, edits,
 * deletes, trash and audit, all behind the {@link Guard}. Every write goes through the one
 * {@link Curator}, which orders them.
 */
final class OrganizerRoutes {
  private static final int LOGIN_FAILURES_PER_MINUTE = 10;

  private OrganizerRoutes() {}

  static void add(JavalinConfig config, WriteAccess access, SlideIndex index, PendingTalks pending, JsonCodec json) {
    Sessions sessions = new Sessions();
    Guard guard = new Guard(access.tokens(), sessions, access.privateMode(), access.readOnly());
    AuthController auth = new AuthController(access.tokens(), sessions, new LoginLimiter(LOGIN_FAILURES_PER_MINUTE),
        guard, access.audit(), json.mapper());
    Curator curator = new Curator(access.editor(), access.trash(), access.audit(), access.scheduler()::requestWithRefresh,
        pending.contents(index::catalog));
    MetadataInput input = new MetadataInput(json.mapper());
    UploadController uploads = new UploadController(access, curator, index, pending, input);
    TalkEditController talks = new TalkEditController(curator, index, pending, input);
    MeetupEditController meetups = new MeetupEditController(curator.meetups(), input, index);

    // Jetty counts multipart parts against the form-key limit: cap it so a flood of parts stops early.
    config.jetty.modifyServletContextHandler(handler -> handler.setMaxFormKeys(access.limits().maxParts()));
    config.routes.beforeMatched(guard::check);
    config.routes.post("/api/login", auth::login, Access.OPEN);
    config.routes.get("/api/session", auth::session, Access.OPEN);
    config.routes.post("/api/logout", auth::logout, Access.OPEN);
    config.routes.get("/api/audit", auth::audit, Access.ORGANIZER);
    config.routes.post("/api/talks", uploads::create, Access.ORGANIZER);
    config.routes.post("/api/talks/{id}/files", uploads::addFiles, Access.ORGANIZER);
    config.routes.patch("/api/talks/{id}", talks::patch, Access.ORGANIZER);
    config.routes.delete("/api/talks/{id}", talks::delete, Access.ORGANIZER);
    config.routes.get("/api/trash", talks::trash, Access.ORGANIZER);
    config.routes.post("/api/trash/{id}/restore", talks::restore, Access.ORGANIZER);
    config.routes.post("/api/meetups", meetups::create, Access.ORGANIZER);
    config.routes.patch("/api/meetups/{id}", meetups::patch, Access.ORGANIZER);
    config.routes.patch("/api/series/{id}", meetups::patchSeries, Access.ORGANIZER);
    config.routes.post("/api/speakers", ctx -> ctx.json(curator.people().declare(Guard.user(ctx),
        input.person(input.body(ctx)))), Access.ORGANIZER);
    config.routes.get("/api/review", ctx -> ctx.json(MetadataReview.of(index.catalog())), Access.ORGANIZER);
  }
}
