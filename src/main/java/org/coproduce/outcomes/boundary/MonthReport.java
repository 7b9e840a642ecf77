package org.coproduce.outcomes.boundary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.coproduce.outcomes.entity.Dashboard;
import org.coproduce.outcomes.entity.Figure;

/**
 * A month's dashboard as a PDF report (Apache PDFBox): the figures, then the themes with a bar
 * each, in English or German ({@code report*.properties}). Suppressed figures read "fewer than 5"
 * as in the CSV; one line a figure, "label: value", so that the text reads back plainly.
 */
final class MonthReport {

    private static final float MARGIN = 56;
    private static final float LINE = 16;
    private static final float BAR_WIDTH = 160;

    private MonthReport() {
    }

    static byte[] pdf(Dashboard d, YearMonth month, String language) {
        var locale = Locale.forLanguageTag(language);
        var texts = ResourceBundle.getBundle("org.coproduce.outcomes.boundary.report", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var writer = new Writer(document);
            String monthName = month.format(DateTimeFormatter.ofPattern("MMMM yyyy", locale));
            document.getDocumentInformation().setTitle(texts.getString("title") + " " + d.scope().name() + " " + month);
            document.getDocumentInformation().setCreator("Coproduce");
            writer.line(writer.bold, 18, texts.getString("title"));
            writer.line(writer.bold, 14, d.scope().name());
            writer.line(writer.regular, 12, texts.getString("month") + ": " + monthName + " (" + month + ")");
            if (d.suppressed()) {
                writer.line(writer.regular, 10, texts.getString("suppressed"));
            }
            writer.gap();
            writer.line(writer.bold, 14, texts.getString("figures"));
            var t = d.total();
            var numbers = NumberFormat.getNumberInstance(locale);
            numbers.setMaximumFractionDigits(1);
            figure(writer, texts, "stories", t.stories(), numbers, false);
            figure(writer, texts, "concerns", t.concerns(), numbers, false);
            figure(writer, texts, "responded", t.responded(), numbers, false);
            figure(writer, texts, "responseRate", t.responseRate(), numbers, true);
            figure(writer, texts, "meanDaysToRespond", t.meanDaysToRespond(), numbers, false);
            figure(writer, texts, "medianDaysToRespond", t.medianDaysToRespond(), numbers, false);
            figure(writer, texts, "changesPlanned", t.changesPlanned(), numbers, false);
            figure(writer, texts, "changesMade", t.changesMade(), numbers, false);
            figure(writer, texts, "concernsChanged", t.concernsChanged(), numbers, false);
            figure(writer, texts, "concernsChangedShare", t.concernsChangedShare(), numbers, true);
            writer.gap();
            writer.line(writer.bold, 14, texts.getString("themes"));
            var themes = new ArrayList<>(d.themes().stream()
                    .filter(s -> s.total().suppressed() || s.total().value() != null && s.total().value().longValue() > 0).toList());
            if (themes.isEmpty()) {
                writer.line(writer.regular, 11, texts.getString("noThemes"));
            }
            long most = themes.stream().filter(s -> s.total().value() != null)
                    .mapToLong(s -> s.total().value().longValue()).max().orElse(1);
            for (var theme : themes) {
                String label = theme.label() + " (" + texts.getString("polarity." + theme.polarity()) + "): "
                        + text(theme.total(), texts, numbers, false);
                float share = theme.total().value() == null ? 0 : theme.total().value().floatValue() / most;
                writer.bar(label, share, "IMPROVE".equals(theme.polarity()));
            }
            writer.gap();
            writer.line(writer.regular, 9, texts.getString("method"));
            writer.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void figure(Writer writer, ResourceBundle texts, String key, Figure figure, NumberFormat numbers,
            boolean percent) throws IOException {
        writer.line(writer.regular, 11, texts.getString(key) + ": " + text(figure, texts, numbers, percent));
    }

    static String text(Figure figure, ResourceBundle texts, NumberFormat numbers, boolean percent) {
        if (figure.suppressed()) {
            return texts.getString("fewerThan5");
        }
        if (figure.value() == null) {
            return texts.getString("none");
        }
        if (percent) {
            return Math.round(figure.value().doubleValue() * 100) + " %";
        }
        return numbers.format(figure.value());
    }

    /** Lines down A4 pages, a new page when one is full. */
    private static final class Writer {

        final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private final PDDocument document;
        private PDPageContentStream content;
        private float y;

        Writer(PDDocument document) throws IOException {
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
                content.beginText();
                content.setFont(font, size);
                content.newLineAtOffset(MARGIN, y);
                content.showText(part);
                content.endText();
                y -= size + 6;
            }
        }

        void bar(String label, float share, boolean concern) throws IOException {
            room(LINE);
            if (concern) {
                content.setNonStrokingColor(0.75f, 0.35f, 0.1f);
            } else {
                content.setNonStrokingColor(0.1f, 0.45f, 0.6f);
            }
            content.addRect(MARGIN, y - 2, Math.max(1, BAR_WIDTH * share), 10);
            content.fill();
            content.setNonStrokingColor(0f, 0f, 0f);
            content.beginText();
            content.setFont(regular, 11);
            content.newLineAtOffset(MARGIN + BAR_WIDTH + 12, y);
            content.showText(safe(regular, label));
            content.endText();
            y -= LINE;
        }

        void gap() {
            y -= LINE / 2;
        }

        private void room(float height) throws IOException {
            if (y - height < MARGIN) {
                page();
            }
        }

        void close() throws IOException {
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
        private static String safe(PDType1Font font, String text) {
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
}
