package dev.lectern.extract;

import dev.lectern.model.Page;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Splits Tika's XHTML events into pages. Each format marks its boundaries differently (pinned by
 * {@code TikaExtractorTest}): PDF by {@code div.page}, PowerPoint by {@code div.slide-content}
 * (old binary PPT additionally wraps each slide in {@code div.slide}), old Keynote by top-level
 * {@code div}s. Speaker notes ({@code div.slide-notes}) follow the slide they belong to. Text outside
 * any page region (masters, embedded documents, package entries) is dropped so it never becomes a
 * fake page or is repeated onto every slide.
 */
final class PageCollector extends DefaultHandler {

  /** How a format marks where one page ends and the next begins. */
  enum Boundary { PAGE_DIV, SLIDE_DIV, TOP_LEVEL_DIV, NONE }

  /** Thrown to stop the parser once the character cap is hit; the pages so far are kept. */
  static final class CapReached extends SAXException {
    CapReached() {
      super("character cap reached");
    }
  }

  private enum Role { PLAIN, PAGE, SLIDE_WRAPPER, NOTES, IGNORED }

  private static final Set<String> LINE_ENDING =
      Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "table", "pre",
          "blockquote", "dt", "dd", "section", "article");
  // The notes master's slide-number field comes out as this placeholder, or as the number itself.
  private static final String SLIDE_NUMBER_FIELD = "‹#›";

  private final Boundary boundary;
  private final List<StringBuilder[]> pages = new ArrayList<>();
  private final Deque<Role> open = new ArrayDeque<>();
  private long remaining;
  private int ignoring;
  private int notes;
  private int pageRegions;
  private int bodyDepth = -1;
  private boolean wrapperWithoutContent;
  private boolean capReached;

  PageCollector(Boundary boundary, long maxCharacters) {
    this.boundary = boundary;
    this.remaining = maxCharacters;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes attributes) {
    String name = localName.isEmpty() ? qName : localName;
    String cssClass = attributes.getValue("class");
    Role role = roleOf(name, cssClass == null ? "" : cssClass);
    switch (role) {
      case IGNORED -> ignoring++;
      case NOTES -> {
        notes++;
        if (pages.isEmpty()) {
          newPage();
        }
      }
      case PAGE -> {
        pageRegions++;
        if (wrapperWithoutContent) {
          wrapperWithoutContent = false;
        } else {
          newPage();
        }
      }
      case SLIDE_WRAPPER -> {
        pageRegions++;
        newPage();
        wrapperWithoutContent = true;
      }
      case PLAIN -> {
        if ("br".equals(name)) {
          append("\n");
        }
      }
    }
    if ("body".equals(name)) {
      bodyDepth = open.size();
      if (boundary == Boundary.NONE) {
        newPage();
        pageRegions++;
      }
    }
    open.push(role);
  }

  private Role roleOf(String name, String cssClass) {
    if ("head".equals(name) || "script".equals(name) || "style".equals(name)
        || cssClass.equals("package-entry") || cssClass.equals("embedded")
        || cssClass.startsWith("slide-master") || cssClass.startsWith("slide-layout")) {
      return Role.IGNORED;
    }
    if (!"div".equals(name)) {
      return Role.PLAIN;
    }
    return switch (boundary) {
      case PAGE_DIV -> cssClass.equals("page") ? Role.PAGE : Role.PLAIN;
      case SLIDE_DIV -> switch (cssClass) {
        case "slide" -> Role.SLIDE_WRAPPER;
        case "slide-content" -> Role.PAGE;
        case "slide-notes" -> Role.NOTES;
        default -> Role.PLAIN;
      };
      case TOP_LEVEL_DIV -> bodyDepth >= 0 && open.size() == bodyDepth + 1 ? Role.PAGE : Role.PLAIN;
      case NONE -> Role.PLAIN;
    };
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    String name = localName.isEmpty() ? qName : localName;
    Role role = open.isEmpty() ? Role.PLAIN : open.pop();
    if (LINE_ENDING.contains(name) || "td".equals(name) || "th".equals(name)) {
      append("td".equals(name) || "th".equals(name) ? " " : "\n");
    }
    switch (role) {
      case IGNORED -> ignoring--;
      case NOTES -> notes--;
      case PAGE -> pageRegions--;
      case SLIDE_WRAPPER -> {
        pageRegions--;
        wrapperWithoutContent = false;
      }
      case PLAIN -> { }
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    if (capReached || length == 0 || target() == null) {
      return;
    }
    int allowed = (int) Math.min(length, remaining);
    target().append(ch, start, allowed);
    remaining -= allowed;
    if (allowed < length) {
      capReached = true;
      throw new CapReached();
    }
  }

  private void append(String separator) {
    StringBuilder target = target();
    if (target != null && !capReached) {
      target.append(separator);
    }
  }

  private StringBuilder target() {
    if (ignoring > 0 || pages.isEmpty()) {
      return null;
    }
    StringBuilder[] page = pages.get(pages.size() - 1);
    if (notes > 0) {
      return page[1];
    }
    return pageRegions > 0 ? page[0] : null;
  }

  private void newPage() {
    pages.add(new StringBuilder[] {new StringBuilder(), new StringBuilder()});
  }

  /** Drops the notes page's slide-number field, which would otherwise be the whole "note". */
  private static String withoutSlideNumber(String notes, int number) {
    String ownNumber = Integer.toString(number);
    return notes.lines()
        .filter(line -> !line.strip().equals(ownNumber) && !line.strip().equals(SLIDE_NUMBER_FIELD))
        .collect(Collectors.joining("\n"));
  }

  boolean capReached() {
    return capReached;
  }

  /** The pages seen so far, numbered 1..n, text normalized; blank pages are kept in place. */
  List<Page> pages() {
    List<Page> result = new ArrayList<>(pages.size());
    for (StringBuilder[] page : pages) {
      int number = result.size() + 1;
      String notesText = PageText.normalize(withoutSlideNumber(page[1].toString(), number));
      String text = page[0].toString();
      if (boundary == Boundary.PAGE_DIV) {
        text = PageText.breakBeforeBullets(text);
      }
      result.add(new Page(number, PageText.normalize(text), notesText));
    }
    return result;
  }
}
