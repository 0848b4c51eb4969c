package dev.lectern.archive;

import dev.lectern.model.Speaker;
import java.util.List;

/**
 * What a {@code talk.json} declares. A {@code null} component means "not declared" (so inference
 * fills it in); an empty list declared on purpose stays empty.
 */
public record TalkMetadata(
    String title,
    List<Speaker> speakers,
    String abstractText,
    List<String> tags,
    String language,
    String videoUrl,
    String slidesUrl) {

  public static final TalkMetadata NONE = new TalkMetadata(null, null, null, null, null, null, null);
}
