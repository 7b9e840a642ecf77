package org.coproduce.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PayaraModelTest {

    @Test
    void anExampleWrittenAsJsonTextBecomesJson() {
        assertEquals(Map.of("serviceIds", List.of(3L), "title", "Six hours", "consent", true, "lat", 51.5),
                PayaraModel.json("{\"serviceIds\": [3], \"title\": \"Six hours\", \"consent\": true, \"lat\": 51.5}"));
        assertEquals("plain text", PayaraModel.json("plain text"));
        assertEquals("{not json", PayaraModel.json("{not json"));
    }
}
