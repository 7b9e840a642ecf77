package org.coproduce.web;

import static org.coproduce.web.Pages.check;
import static org.coproduce.web.Pages.checkBothWidths;
import static org.coproduce.web.Pages.logIn;
import static org.coproduce.web.Pages.useLanguage;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The directory import page (issue 17), in English: a file with a bad line is refused naming its
 * line and column; a good one is previewed line by line, then applied.
 */
interface DirectoryImportPagesJourneys {

    URL base();

    @Test
    default void adminPreviewsAndAppliesADirectoryFileOnThePage() throws Exception {
        String scheme = "PAGE" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String header = "type,scheme,code,parent,name,category,postcode,city,country\n";
        String good = header + "organisation," + scheme + ",ORG,,Page Import Trust " + scheme + ",,,Leeds,GB\n"
                + "service," + scheme + ",S1,ORG,Page Import Clinic " + scheme + ",HEALTH,LS6 3EX,Leeds,GB\n";
        var goodFile = Files.createTempFile("directory-", ".csv");
        var badFile = Files.createTempFile("directory-bad-", ".csv");
        Files.writeString(goodFile, good);
        Files.writeString(badFile, good.replace("HEALTH", "SURGERY"));
        try (var admin = new Browser(base().toString())) {
            useLanguage(admin, "en");
            logIn(admin, "admin");
            admin.open("staff/directory-import.html");
            admin.find("#upload-file");
            checkBothWidths(admin, "directory-import-en");

            admin.find("#upload-file").sendKeys(badFile.toAbsolutePath().toString());
            admin.click("#upload button[type=submit]");
            admin.waitFor(d -> admin.text("#upload-errors").contains("Line 3, column category"));
            check(admin, "directory-import-refused-en");

            admin.find("#upload-file").sendKeys(goodFile.toAbsolutePath().toString());
            admin.click("#upload button[type=submit]");
            admin.waitFor(d -> admin.text("#preview-counts").contains("2 added, 0 changed, 0 retired"));
            assertTrue(admin.text("#preview-lines").contains("Page Import Clinic " + scheme), admin.text("#preview-lines"));
            checkBothWidths(admin, "directory-import-preview-en");

            admin.click("#apply");
            admin.waitFor(d -> admin.text("#import-status").contains("Applied: 2 added, 0 changed, 0 retired"));
            check(admin, "directory-import-applied-en");
        } finally {
            Files.deleteIfExists(goodFile);
            Files.deleteIfExists(badFile);
        }
    }
}
