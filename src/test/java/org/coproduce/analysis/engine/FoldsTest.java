package org.coproduce.analysis.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FoldsTest {

    @Test
    void noTestItemIsUsedToFitOrToChoose() {
        Folds folds = new Folds(103, 5);
        for (int k = 0; k < 5; k++) {
            Set<Integer> test = new HashSet<>(folds.test(k));
            Set<Integer> development = new HashSet<>(folds.development(k));
            Set<Integer> inner = new HashSet<>(folds.innerTrain(k));
            assertTrue(Collections.disjoint(test, development), "fold " + k);
            assertTrue(Collections.disjoint(test, inner), "fold " + k);
            assertTrue(Collections.disjoint(test, folds.train(k)), "fold " + k);
            assertTrue(Collections.disjoint(development, inner), "fold " + k);
            Set<Integer> union = new HashSet<>(development);
            union.addAll(inner);
            assertEquals(new HashSet<>(folds.train(k)), union, "development + inner training = training, fold " + k);
        }
    }

    @Test
    void testFoldsPartitionTheItemsAsTheOldProtocol() {
        Folds folds = new Folds(103, 5);
        List<Integer> all = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            for (int i : folds.test(k)) {
                assertEquals(k, i % 5);
                all.add(i);
            }
        }
        Collections.sort(all);
        assertEquals(103, all.size());
        assertEquals(102, all.getLast());
        assertEquals(new HashSet<>(all).size(), all.size());
    }

    @Test
    void choosesOnTheDevelopmentFoldOnly() {
        // items 0..49 carry their fold as value; a chooser that sees a test item would pick the test fold's value
        Folds folds = new Folds(50, 5);
        List<Integer> values = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            values.add(i % 5);
        }
        for (int k = 0; k < 5; k++) {
            List<Integer> seen = Folds.pick(values, folds.development(k));
            int chosen = Folds.best(List.of(0, 1, 2, 3, 4), c -> seen.stream().filter(v -> v.equals(c)).count());
            assertEquals((k + 1) % 5, chosen);
            int test = k;
            assertTrue(Folds.pick(values, folds.innerTrain(k)).stream().noneMatch(v -> v == test || v == chosen));
        }
    }

    @Test
    void bestKeepsTheFirstOfEquals() {
        assertEquals("a", Folds.best(List.of("a", "b", "c"), s -> s.equals("c") ? 0 : 1));
        assertThrows(IllegalArgumentException.class, () -> Folds.best(List.<String>of(), s -> 0));
        assertThrows(IllegalArgumentException.class, () -> new Folds(10, 2));
        assertThrows(IllegalArgumentException.class, () -> new Folds(10, 5).test(5));
    }
}
