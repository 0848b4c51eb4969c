package dev.lectern.extract.keynote;

import dev.lectern.extract.keynote.IwaObjects.IwaObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The slide nodes of a show in presentation order. {@code ShowArchive} (type 2) holds an inline
 * slide tree (field 3) whose field 2 lists the top-level {@code SlideNodeArchive}s (type 4); the
 * first Keynote releases left that empty and hung the slides off a root node (field 1) instead.
 * Nodes nest (indented slides, field 1), so the walk is pre-order; an id seen twice is a cycle or a
 * repeat and is not walked again, and the walk stops at the slide cap.
 */
final class SlideTree {
  private static final int DOCUMENT = 1;
  private static final int SHOW = 2;
  static final int SLIDE_NODE = 4;
  private static final int MAX_DEPTH = 64;

  private SlideTree() {}

  static List<IwaObject> nodes(IwaObjects objects, int maxSlides) throws KeynoteFormatException {
    IwaObject show = show(objects);
    WireMessage tree = show.message().message(3);
    List<Long> top = tree == null ? List.of() : tree.references(2);
    if (top.isEmpty() && tree != null && tree.reference(1) >= 0) {
      IwaObject root = objects.get(tree.reference(1), SLIDE_NODE);
      top = root == null ? List.of() : root.message().references(1);
    }
    List<IwaObject> nodes = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (long id : top) {
      walk(objects, id, 0, seen, nodes, maxSlides);
    }
    return nodes;
  }

  private static IwaObject show(IwaObjects objects) throws KeynoteFormatException {
    IwaObject document = objects.firstOfType(DOCUMENT);
    IwaObject show = document == null ? null : objects.get(document.message().reference(2), SHOW);
    if (show == null) {
      show = objects.firstOfType(SHOW);
    }
    if (show == null) {
      throw new KeynoteFormatException("no Keynote show in the package (not a Keynote 2013+ document?)");
    }
    return show;
  }

  private static void walk(IwaObjects objects, long id, int depth, Set<Long> seen, List<IwaObject> nodes,
      int maxSlides) throws KeynoteFormatException {
    if (depth > MAX_DEPTH || !seen.add(id)) {
      return;
    }
    IwaObject node = objects.get(id, SLIDE_NODE);
    if (node == null) {
      return;
    }
    if (node.message().reference(2) >= 0) {
      if (nodes.size() == maxSlides) {
        throw new KeynoteFormatException("more than " + maxSlides + " slides");
      }
      nodes.add(node);
    }
    for (long child : node.message().references(1)) {
      walk(objects, child, depth + 1, seen, nodes, maxSlides);
    }
  }
}
