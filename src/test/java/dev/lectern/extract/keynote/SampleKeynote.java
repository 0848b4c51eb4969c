package dev.lectern.extract.keynote;

import dev.lectern.extract.keynote.IwaWriter.Message;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small Keynote object graph built the way Keynote lays it out: document (1) → show (2) → inline
 * slide tree → slide nodes (4) → slides (5) → placeholders (7), shapes (2011), groups (3008) and a
 * note (15), with text in storages (2001). Ids are handed out in order.
 */
final class SampleKeynote {
  private final IwaWriter writer = new IwaWriter();
  private final List<Long> nodes = new ArrayList<>();
  private long nextId = 100;

  long storage(String text) {
    return add(2001, new Message().varint(1, 0).string(3, text));
  }

  long placeholder(String text) {
    return add(7, new Message().message(1, new Message().reference(4, storage(text))).varint(2, 2));
  }

  long shape(String text) {
    return add(2011, new Message().reference(4, storage(text)));
  }

  long group(long... children) {
    Message group = new Message();
    for (long child : children) {
      group.reference(2, child);
    }
    return add(3008, group);
  }

  long note(String text) {
    return add(15, new Message().reference(1, storage(text)));
  }

  /** A slide whose title and body are placeholders, listed among its drawables with the others. */
  Message slide(long title, long body, long... drawables) {
    Message slide = new Message();
    if (title >= 0) {
      slide.reference(5, title).reference(7, title);
    }
    if (body >= 0) {
      slide.reference(6, body).reference(7, body);
    }
    for (long drawable : drawables) {
      slide.reference(7, drawable);
    }
    return slide;
  }

  /** Adds a slide and its node to the show, in order; returns the node id. */
  long addSlide(Message slide, boolean skipped, long thumbnailDataId) {
    long slideId = add(5, slide);
    Message node = new Message().reference(2, slideId).varint(4, skipped ? 1 : 0);
    if (thumbnailDataId >= 0) {
      node.message(16, new Message().varint(1, thumbnailDataId));
    }
    long nodeId = add(4, node);
    nodes.add(nodeId);
    return nodeId;
  }

  long add(long type, Message message) {
    long id = nextId++;
    writer.object(id, type, message);
    return id;
  }

  /** Adds an object under a chosen id (to build references that point back). */
  void addWithId(long id, long type, Message message) {
    writer.object(id, type, message);
  }

  /** Finishes the document and show objects; returns the .iwa bytes. */
  byte[] iwa() throws IOException {
    Message tree = new Message();
    for (long node : nodes) {
      tree.reference(2, node);
    }
    writer.object(2, 2, new Message().message(3, tree));
    writer.object(1, 1, new Message().reference(2, 2));
    return writer.iwa();
  }

  /** A zipped package with the objects in {@code Index/Document.iwa} and the given extra entries. */
  static Map<String, byte[]> packageEntries(byte[] iwa) {
    Map<String, byte[]> entries = IwaWriter.entries();
    entries.put("Index/Document.iwa", iwa);
    return entries;
  }
}
