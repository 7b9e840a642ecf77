package org.coproduce.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void quotesCellsThatASpreadsheetWouldRun() {
        assertEquals("'=cmd|' /C calc'!A0", CsvCells.neutral("=cmd|' /C calc'!A0"));
        assertEquals("'+1+cmd", CsvCells.neutral("+1+cmd"));
        assertEquals("'-2+3+cmd|' /C calc'!A0", CsvCells.neutral("-2+3+cmd|' /C calc'!A0"));
        assertEquals("'@SUM(A1:A9)", CsvCells.neutral("@SUM(A1:A9)"));
        assertEquals("'\t=1", CsvCells.neutral("\t=1"));
        assertEquals("'\r=1", CsvCells.neutral("\r=1"));
    }

    @Test
    void leavesHarmlessCellsAndNumbersAlone() {
        assertEquals("The ward was cold = bad", CsvCells.neutral("The ward was cold = bad"));
        assertEquals("", CsvCells.neutral(""));
        assertNull(CsvCells.neutral((String) null));
        assertNull(CsvCells.neutral((Object) null));
        assertEquals(-3, CsvCells.neutral((Object) (-3)));
        assertEquals("-3", CsvCells.neutral("-3"));
        assertEquals("-0.25", CsvCells.neutral("-0.25"));
        assertEquals("'-", CsvCells.neutral("-"));
    }
}
