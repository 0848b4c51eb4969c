package dev.lectern.sample;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;

/**
 * Files built to hurt a parser, made at test time from the sample archive's real decks and from
 * POI, PDFBox and zip APIs (nothing downloaded). Each method writes one file into {@code dir}.
 */
public final class HostileFiles {
  public static final Path SAMPLE = Path.of("ingest", "2024-08-15-pytorch-shanghai").toAbsolutePath();
  public static final Path SAMPLE_PPTX = SAMPLE.resolve("05-privateuse1-evolution/privateuse1-evolution.pptx");
  public static final Path SAMPLE_ODP = SAMPLE.resolve("02-intel-pytorch-journey/intel-pytorch-journey.odp");
  public static final Path SAMPLE_PDF = SAMPLE.resolve("01-pytorch-foundation-updates/pytorch-foundation-updates.pdf");

  private final Path dir;

  public HostileFiles(Path dir) {
    this.dir = dir;
  }

  /** A PPTX whose first slide inflates to about {@code inflatedBytes} of one repeated sentence. */
  public Path zipBombPptx(long inflatedBytes) throws IOException {
    byte[] head = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<p:sld xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
        + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
        + " xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"><p:cSld><p:spTree>"
        + "<p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>"
        + "<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Bomb\"/><p:cNvSpPr txBox=\"1\"/><p:nvPr/></p:nvSpPr>"
        + "<p:spPr/><p:txBody><a:bodyPr/><a:p><a:r><a:t>").getBytes(StandardCharsets.UTF_8);
    byte[] tail = "</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>"
        .getBytes(StandardCharsets.UTF_8);
    byte[] chunk = "all work and no play makes a parser a dull boy ".repeat(20_000).getBytes(StandardCharsets.UTF_8);
    return replacePart(SAMPLE_PPTX, "ppt/slides/slide1.xml", "zip-bomb.pptx", out -> {
      out.write(head);
      for (long written = 0; written < inflatedBytes; written += chunk.length) {
        out.write(chunk);
      }
      out.write(tail);
    });
  }

  public Path billionLaughsPptx() throws IOException {
    byte[] xml = billionLaughs("p:sld", "xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"");
    return replacePart(SAMPLE_PPTX, "ppt/slides/slide1.xml", "billion-laughs.pptx", out -> out.write(xml));
  }

  public Path billionLaughsOdp() throws IOException {
    byte[] xml = billionLaughs("office:document-content",
        "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"");
    return replacePart(SAMPLE_ODP, "content.xml", "billion-laughs.odp", out -> out.write(xml));
  }

  private static byte[] billionLaughs(String root, String namespace) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE " + root + " [\n");
    xml.append("<!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      String previous = "&lol" + (i - 1) + ";";
      xml.append("<!ENTITY lol").append(i).append(" \"").append(previous.repeat(10)).append("\">\n");
    }
    xml.append("]>\n<").append(root).append(' ').append(namespace).append(">&lol9;</").append(root).append('>');
    return xml.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A PDF whose XMP metadata declares an external entity pointing at {@code systemId} and uses it
   * in the title; the visible page says only "XXE probe".
   */
  public Path xxePdf(String name, String systemId) throws IOException {
    String xmp = "<?xml version=\"1.0\"?>\n<!DOCTYPE x:xmpmeta [<!ENTITY xxe SYSTEM \"" + systemId + "\">]>\n"
        + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
        + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
        + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">&xxe;</rdf:li></rdf:Alt></dc:title>"
        + "<dc:description>&xxe;</dc:description>"
        + "</rdf:Description></rdf:RDF></x:xmpmeta>";
    Path file = dir.resolve(name);
    try (PDDocument document = textPdf("XXE probe")) {
      PDMetadata metadata = new PDMetadata(document);
      metadata.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
      document.getDocumentCatalog().setMetadata(metadata);
      document.save(file.toFile());
    }
    return file;
  }

  public Path zeroBytes() throws IOException {
    return Files.write(dir.resolve("zero.pdf"), new byte[0]);
  }

  public Path truncatedPdf() throws IOException {
    byte[] pdf = Files.readAllBytes(SAMPLE_PDF);
    return Files.write(dir.resolve("truncated.pdf"), Arrays.copyOf(pdf, pdf.length / 2));
  }

  public Path passwordPdf() throws IOException {
    Path file = dir.resolve("password.pdf");
    try (PDDocument document = textPdf("secret slide")) {
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pw", "user-pw", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      document.protect(policy);
      document.save(file.toFile());
    }
    return file;
  }

  public Path imageOnlyPdf() throws IOException {
    Path file = dir.resolve("image-only.pdf");
    BufferedImage image = new BufferedImage(320, 180, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.ORANGE);
    g.fillRect(20, 20, 280, 140);
    g.dispose();
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      PDImageXObject xobject = LosslessFactory.createFromImage(document, image);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.drawImage(xobject, 50, 400, 320, 180);
      }
      document.save(file.toFile());
    }
    return file;
  }

  /** An ELF executable under a .pdf name: this machine's /bin/true, or an ELF header and noise. */
  public Path executableAsPdf() throws IOException {
    Path trueBinary = Path.of("/bin/true");
    byte[] bytes;
    if (Files.isReadable(trueBinary)) {
      bytes = Files.readAllBytes(trueBinary);
    } else {
      bytes = new byte[16_384];
      new Random(7).nextBytes(bytes);
      System.arraycopy(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1}, 0, bytes, 0, 7);
    }
    return Files.write(dir.resolve("program.pdf"), bytes);
  }

  /** A deck of {@code slides} slides, each with a title line naming its number. */
  public Path bigDeck(int slides) throws IOException {
    Path file = dir.resolve("deck-" + slides + ".pptx");
    try (XMLSlideShow show = new XMLSlideShow(); OutputStream out = Files.newOutputStream(file)) {
      for (int i = 1; i <= slides; i++) {
        XSLFSlide slide = show.createSlide();
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(new java.awt.Rectangle(40, 40, 600, 80));
        box.setText("slide number " + i + " of the endless deck");
      }
      show.write(out);
    }
    return file;
  }

  /**
   * A PPTX whose one slide has a line of text and a picture whose PNG header declares
   * {@code side} x {@code side} grey pixels, followed by only a few bytes of image data: text
   * extraction never decodes pictures, drawing the slide allocates the whole raster (side² bytes and
   * more) before reading any, which exhausts a renderer's heap.
   */
  public Path hugePicturePptx(int side) throws IOException {
    Path file = dir.resolve("huge-picture.pptx");
    try (XMLSlideShow show = new XMLSlideShow(); OutputStream out = Files.newOutputStream(file)) {
      XSLFSlide slide = show.createSlide();
      XSLFTextBox box = slide.createTextBox();
      box.setAnchor(new java.awt.Rectangle(40, 40, 600, 80));
      box.setText("a slide whose picture exhausts the renderer");
      var picture = show.addPicture(pngHeaderOnly(side), org.apache.poi.sl.usermodel.PictureData.PictureType.PNG);
      slide.createPicture(picture).setAnchor(new java.awt.Rectangle(40, 140, 400, 300));
      show.write(out);
    }
    return file;
  }

  /** A PNG of {@code side} x {@code side} 8-bit grey pixels, its data cut short after a few rows. */
  private static byte[] pngHeaderOnly(int side) throws IOException {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    java.nio.ByteBuffer header = java.nio.ByteBuffer.allocate(13).putInt(side).putInt(side).put((byte) 8).put((byte) 0)
        .put((byte) 0).put((byte) 0).put((byte) 0);
    pngChunk(png, "IHDR", header.array());
    Deflater deflater = new Deflater();
    deflater.setInput(new byte[4 * (side + 1)]);
    deflater.finish();
    byte[] data = new byte[8192];
    pngChunk(png, "IDAT", Arrays.copyOf(data, deflater.deflate(data)));
    pngChunk(png, "IEND", new byte[0]);
    return png.toByteArray();
  }

  private static void pngChunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
    png.write(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
    byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
    png.write(typeBytes);
    png.write(data);
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(typeBytes);
    crc.update(data);
    png.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  /** A zip holding a zip holding a zip … {@code depth} levels down, a text file at the bottom. */
  public Path nestedZip(int depth) throws IOException {
    byte[] inner = zipOf("bottom.txt", "the bottom of the well".getBytes(StandardCharsets.UTF_8));
    for (int i = depth - 1; i >= 1; i--) {
      inner = zipOf("level-" + i + ".zip", inner);
    }
    return Files.write(dir.resolve("nested-" + depth + ".zip"), inner);
  }

  /**
   * A PDF with one line of text and a free-form (type 4) shading of {@code triangles} triangles,
   * each covering the page: text extraction never looks at a shading, the renderer rasterizes every
   * triangle, which takes far longer than any timeout. The shading data repeats, so it deflates to
   * almost nothing.
   */
  public Path shadingBombPdf(int triangles) throws IOException {
    Path file = dir.resolve("shading-bomb.pdf");
    ByteArrayOutputStream vertices = new ByteArrayOutputStream();
    int[][] corners = {{0, 0}, {65535, 0}, {0, 65535}};
    for (int t = 0; t < triangles; t++) {
      for (int[] corner : corners) {
        vertices.write(0); // edge flag: a new triangle
        vertices.write(corner[0] >>> 8);
        vertices.write(corner[0]);
        vertices.write(corner[1] >>> 8);
        vertices.write(corner[1]);
        vertices.write(t & 0xff); // a grey level, so the triangles differ
      }
    }
    try (PDDocument document = textPdf("a page whose shading hangs the renderer")) {
      org.apache.pdfbox.cos.COSStream shading = document.getDocument().createCOSStream();
      shading.setInt(org.apache.pdfbox.cos.COSName.SHADING_TYPE, 4);
      shading.setItem(org.apache.pdfbox.cos.COSName.COLORSPACE, org.apache.pdfbox.cos.COSName.DEVICEGRAY);
      shading.setInt(org.apache.pdfbox.cos.COSName.BITS_PER_COORDINATE, 16);
      shading.setInt(org.apache.pdfbox.cos.COSName.BITS_PER_COMPONENT, 8);
      shading.setInt(org.apache.pdfbox.cos.COSName.BITS_PER_FLAG, 8);
      org.apache.pdfbox.cos.COSArray decode = new org.apache.pdfbox.cos.COSArray();
      for (float v : new float[] {0, 612, 0, 792, 0, 1}) {
        decode.add(new org.apache.pdfbox.cos.COSFloat(v));
      }
      shading.setItem(org.apache.pdfbox.cos.COSName.DECODE, decode);
      try (OutputStream out = shading.createOutputStream(org.apache.pdfbox.cos.COSName.FLATE_DECODE)) {
        out.write(vertices.toByteArray());
      }
      PDPage page = document.getPage(0);
      org.apache.pdfbox.pdmodel.graphics.shading.PDShading pdShading =
          org.apache.pdfbox.pdmodel.graphics.shading.PDShading.create(shading);
      try (PDPageContentStream content =
          new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true)) {
        content.shadingFill(pdShading);
      }
      document.save(file.toFile());
    }
    return file;
  }

  /** A file for the worker's test hooks ({@code .hang}, {@code .oom}, {@code .crash}). */
  public Path hookFile(String extension) throws IOException {
    return Files.writeString(dir.resolve("misbehave." + extension), "not parsed");
  }

  public static PDDocument textPdf(String text) throws IOException {
    PDDocument document = new PDDocument();
    PDPage page = new PDPage();
    document.addPage(page);
    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
      content.beginText();
      content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 18);
      content.newLineAtOffset(72, 700);
      content.showText(text);
      content.endText();
    }
    return document;
  }

  private static byte[] zipOf(String name, byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content);
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  private interface PartWriter {
    void write(OutputStream out) throws IOException;
  }

  /** Copies a zip package, writing {@code part} afresh and every other entry as it was. */
  private Path replacePart(Path source, String part, String name, PartWriter writer) throws IOException {
    Path file = dir.resolve(name);
    try (ZipFile in = new ZipFile(source.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
      out.setLevel(Deflater.BEST_COMPRESSION);
      for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements(); ) {
        ZipEntry entry = entries.nextElement();
        if (entry.getName().equals("mimetype")) {
          // OpenDocument wants its media type first and stored, so it can be sniffed.
          byte[] type = in.getInputStream(entry).readAllBytes();
          ZipEntry stored = new ZipEntry("mimetype");
          stored.setMethod(ZipEntry.STORED);
          stored.setSize(type.length);
          java.util.zip.CRC32 crc = new java.util.zip.CRC32();
          crc.update(type);
          stored.setCrc(crc.getValue());
          out.putNextEntry(stored);
          out.write(type);
          out.closeEntry();
          continue;
        }
        out.putNextEntry(new ZipEntry(entry.getName()));
        if (entry.getName().equals(part)) {
          writer.write(out);
        } else {
          try (InputStream content = in.getInputStream(entry)) {
            content.transferTo(out);
          }
        }
        out.closeEntry();
      }
    }
    return file;
  }
}
