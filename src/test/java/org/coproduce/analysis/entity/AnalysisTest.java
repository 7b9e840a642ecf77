package org.coproduce.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import org.coproduce.stories.entity.Polarity;
import org.junit.jupiter.api.Test;

class AnalysisTest {

    @Test
    void serialisesToTheApiContract() throws Exception {
        Analysis analysis = new Analysis(Language.DE, Sentiment.NEGATIVE, 3,
                List.of(new SuggestedTheme("staff.manner", "Umgangston & Auftreten des Personals", "Personal",
                        Polarity.IMPROVE, 0.81, "Die Schwester war unfreundlich.")),
                List.of(new PersonalDataSpan(PersonalDataKind.NAME, 0, 14, "Schwester Anna", "[Pflegekraft]")),
                List.of(new SafeguardingFlag(SafeguardingKind.NEGLECT, "hat sich wundgelegen")), "v1");
        try (var jsonb = JsonbBuilder.create()) {
            assertEquals("{\"criticality\":3,\"language\":\"de\",\"modelVersion\":\"v1\","
                    + "\"personalData\":[{\"end\":14,\"kind\":\"name\",\"replacement\":\"[Pflegekraft]\",\"start\":0,"
                    + "\"text\":\"Schwester Anna\"}],\"safeguarding\":[{\"kind\":\"neglect\",\"text\":\"hat sich wundgelegen\"}],"
                    + "\"sentiment\":\"negative\",\"themes\":[{\"category\":\"Personal\",\"code\":\"staff.manner\","
                    + "\"confidence\":0.81,\"evidence\":\"Die Schwester war unfreundlich.\",\"label\":\"Umgangston & Auftreten des Personals\",\"polarity\":\"could_improve\"}]}",
                    jsonb.toJson(analysis));
        }
    }
}
