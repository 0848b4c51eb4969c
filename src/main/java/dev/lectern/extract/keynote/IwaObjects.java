package dev.lectern.extract.keynote;

import java.util.HashMap;
import java.util.Map;

/**
 * The objects of a Keynote document, by id. A decompressed {@code .iwa} is a sequence of objects,
 * each a varint length, a {@code TSP.ArchiveInfo} (field 1 the object id, field 2 repeated
 * {@code MessageInfo} with field 1 the type and field 3 the payload length) and then the payloads
 * back to back. The first payload is the object; later ones are merges Keynote did not fold in yet.
 */
final class IwaObjects {
  /** An object: its registry type and its message. */
  record IwaObject(long id, long type, WireMessage message) {}

  private final Map<Long, IwaObject> objects = new HashMap<>();
  private final int maxObjects;

  IwaObjects(int maxObjects) {
    this.maxObjects = maxObjects;
  }

  /** Reads every object of one decompressed {@code .iwa} stream into this index. */
  void read(byte[] stream) throws KeynoteFormatException {
    WireMessage.Cursor in = new WireMessage.Cursor(stream, 0, stream.length);
    while (in.hasMore()) {
      int infoLength = in.length();
      WireMessage info = WireMessage.parse(stream, in.position(), infoLength);
      in.skip(infoLength);
      long id = info.number(1, -1);
      boolean first = true;
      for (WireMessage messageInfo : info.messages(2)) {
        long type = messageInfo.number(1, -1);
        long length = messageInfo.number(3, -1);
        if (length < 0 || length > Integer.MAX_VALUE) {
          throw new KeynoteFormatException("object " + id + " declares a payload of " + length + " bytes");
        }
        int start = in.position();
        in.skip((int) length); // fails when the payload runs past the stream
        if (first && id >= 0) {
          add(new IwaObject(id, type, WireMessage.parse(stream, start, (int) length)));
        }
        first = false;
      }
    }
  }

  private void add(IwaObject object) throws KeynoteFormatException {
    if (objects.size() >= maxObjects) {
      throw new KeynoteFormatException("more than " + maxObjects + " objects");
    }
    objects.putIfAbsent(object.id(), object);
  }

  /** The object with this id, or null. */
  IwaObject get(long id) {
    return objects.get(id);
  }

  /** The object with this id when it has one of the given types, else null. */
  IwaObject get(long id, long... types) {
    IwaObject object = objects.get(id);
    if (object == null) {
      return null;
    }
    for (long type : types) {
      if (object.type() == type) {
        return object;
      }
    }
    return null;
  }

  /** The first object of this type, or null. */
  IwaObject firstOfType(long type) {
    IwaObject found = null;
    for (IwaObject object : objects.values()) {
      if (object.type() == type && (found == null || object.id() < found.id())) {
        found = object;
      }
    }
    return found;
  }

  int size() {
    return objects.size();
  }
}
