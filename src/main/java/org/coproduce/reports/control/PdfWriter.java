package org.coproduce.reports.control;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Lines, bars and a bar-and-line chart down A4 pages (Apache PDFBox), a new page when one is full. */
final class PdfWriter implements AutoCloseable {

    static final float MARGIN = 56;
    static final float LINE = 16;
    static final float BAR_WIDTH = 160;
    static final float CHART_HEIGHT = 120;
    static final float[] STORIES = {0.1f, 0.45f, 0.6f};
    static final float[] CONCERNS = {0.75f, 0.35f, 0.1f};
    static final float[] RESPONDED = {0.2f, 0.2f, 0.2f};

    final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDDocument document;
    private PDPageContentStream content;
    private float y;

    /** One column of the chart: its label under it, the bar's height and the line's point (null: not shown). */
    record Column(String label, Long bar, Long point) {
    }

    PdfWriter(PDDocument document) throws IOException {
        this.document = document;
        page();
    }

    private void page() throws IOException {
        if (content != null) {
            content.close();
        }
        var page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = page.getMediaBox().getHeight() - MARGIN;
    }

    void line(PDType1Font font, float size, String text) throws IOException {
        for (String part : wrap(font, size, safe(font, text))) {
            room(size + 6);
            write(font, size, MARGIN, y, part);
            y -= size + 6;
        }
    }

    void bar(String label, float share, boolean concern) throws IOException {
        room(LINE);
        colour(concern ? CONCERNS : STORIES);
        content.addRect(MARGIN, y - 2, Math.max(1, BAR_WIDTH * share), 10);
        content.fill();
        colour(null);
        write(regular, 11, MARGIN + BAR_WIDTH + 12, y, safe(regular, label));
        y -= LINE;
    }

    /**
     * Bars (stories) and a line (responded) over the columns, on one scale from 0 to the largest;
     * a hidden value leaves its bar out and breaks the line. The legend names both.
     */
    void chart(List<Column> columns, String barLegend, String lineLegend) throws IOException {
        room(CHART_HEIGHT + 3 * LINE);
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        float base = y - CHART_HEIGHT;
        long most = Math.max(1, columns.stream().mapToLong(c -> Math.max(c.bar() == null ? 0 : c.bar(),
                c.point() == null ? 0 : c.point())).max().orElse(1));
        float slot = width / Math.max(1, columns.size());
        colour(RESPONDED);
        content.moveTo(MARGIN, base);
        content.lineTo(MARGIN + width, base);
        content.stroke();
        write(regular, 7, MARGIN - 20, y - 7, String.valueOf(most));
        write(regular, 7, MARGIN - 20, base, "0");
        for (int i = 0; i < columns.size(); i++) {
            var c = columns.get(i);
            if (c.bar() != null) {
                colour(STORIES);
                content.addRect(MARGIN + i * slot + slot * 0.2f, base, slot * 0.6f, CHART_HEIGHT * c.bar() / most);
                content.fill();
            }
            colour(null);
            write(regular, 7, MARGIN + i * slot + slot * 0.1f, base - 10, safe(regular, c.label()));
        }
        colour(RESPONDED);
        content.setLineWidth(1.5f);
        boolean drawing = false;
        for (int i = 0; i < columns.size(); i++) {
            var point = columns.get(i).point();
            if (point == null) {
                drawing = false;
                continue;
            }
            float px = MARGIN + i * slot + slot / 2;
            float py = base + CHART_HEIGHT * point / most;
            if (drawing) {
                content.lineTo(px, py);
            } else {
                content.moveTo(px, py);
            }
            drawing = true;
            content.addRect(px - 1.5f, py - 1.5f, 3, 3);
            content.moveTo(px, py);
        }
        content.stroke();
        content.setLineWidth(1);
        y = base - 2 * LINE;
        legend(STORIES, barLegend, MARGIN);
        legend(RESPONDED, lineLegend, MARGIN + width / 2);
        y -= LINE;
    }

    private void legend(float[] rgb, String text, float x) throws IOException {
        colour(rgb);
        content.addRect(x, y, 10, 8);
        content.fill();
        colour(null);
        write(regular, 9, x + 14, y, safe(regular, text));
    }

    void gap() {
        y -= LINE / 2;
    }

    private void write(PDType1Font font, float size, float x, float at, String text) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, at);
        content.showText(text);
        content.endText();
    }

    private void colour(float[] rgb) throws IOException {
        if (rgb == null) {
            content.setNonStrokingColor(0f, 0f, 0f);
            content.setStrokingColor(0f, 0f, 0f);
        } else {
            content.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
            content.setStrokingColor(rgb[0], rgb[1], rgb[2]);
        }
    }

    private void room(float height) throws IOException {
        if (y - height < MARGIN) {
            page();
        }
    }

    @Override
    public void close() throws IOException {
        content.close();
    }

    private static List<String> wrap(PDType1Font font, float size, String text) throws IOException {
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        var lines = new ArrayList<String>();
        var current = new StringBuilder();
        for (String word : text.split(" ")) {
            String tried = current.isEmpty() ? word : current + " " + word;
            if (!current.isEmpty() && font.getStringWidth(tried) / 1000 * size > width) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(tried);
            }
        }
        lines.add(current.toString());
        return lines;
    }

    /** The text with what the standard font cannot show as "?" (names may hold any script). */
    static String safe(PDType1Font font, String text) {
        var out = new StringBuilder();
        text.codePoints().forEach(c -> {
            String s = Character.isWhitespace(c) ? " " : Character.toString(c);
            try {
                font.encode(s);
                out.append(s);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
