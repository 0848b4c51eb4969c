package dev.lectern.web;

import dev.lectern.archive.ArchiveEditor;
import dev.lectern.archive.AuditLog;
import dev.lectern.archive.Trash;
import dev.lectern.auth.TokenStore;
import dev.lectern.sync.ReconcileScheduler;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What the server needs to accept organizers' writes: their tokens, the archive editor and trash,
 * the audit log, the scheduler that indexes what was written, upload limits, the folder uploads
 * are spooled in, whether reading needs a login too ({@code serve --private}), and whether every
 * write is refused ({@code serve --read-only}: the archive is published, not edited).
 */
public record WriteAccess(TokenStore tokens, ArchiveEditor editor, Trash trash, AuditLog audit,
    ReconcileScheduler scheduler, UploadLimits limits, Path spool, boolean privateMode, boolean readOnly) {
  /** A server that accepts writes. */
  public WriteAccess(TokenStore tokens, ArchiveEditor editor, Trash trash, AuditLog audit,
      ReconcileScheduler scheduler, UploadLimits limits, Path spool, boolean privateMode) {
    this(tokens, editor, trash, audit, scheduler, limits, spool, privateMode, false);
  }

  public WriteAccess {
    Objects.requireNonNull(tokens, "tokens");
    Objects.requireNonNull(editor, "editor");
    Objects.requireNonNull(trash, "trash");
    Objects.requireNonNull(audit, "audit");
    Objects.requireNonNull(scheduler, "scheduler");
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(spool, "spool");
  }
}
