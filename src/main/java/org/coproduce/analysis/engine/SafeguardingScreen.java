package org.coproduce.analysis.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coproduce.analysis.entity.SafeguardingFlag;
import org.coproduce.analysis.entity.SafeguardingKind;

/**
 * Phrases in English and German that make a story urgent for a moderator: self-harm, suicide,
 * abuse, neglect, danger or violence. Deliberately broad: a false alarm costs a moderator a
 * minute, a missed one can cost much more. The flag carries the sentence-sized passage around
 * the trigger. Stateless and thread-safe.
 */
public final class SafeguardingScreen {

    private static final Map<SafeguardingKind, Pattern> TRIGGERS = new LinkedHashMap<>();
    private static final int CONTEXT = 60;

    static {
        trigger(SafeguardingKind.SUICIDE, "suicid\\w*|kill(?:ing)? (?:my|him|her)sel(?:f|ves)|end(?:ing)? (?:my|his|her) (?:own )?life"
                + "|take (?:my|his|her) own life|took (?:his|her) own life|(?:want|wanted|wish) to die|better off dead"
                + "|overdose\\w*|hang(?:ed|ing)? (?:my|him|her)self|suizid\\w*|selbstmord\\w*|umbringen|das leben nehmen"
                + "|nicht mehr leben|sterben wollen|will sterben|wollte sterben|lebensmüde|überdosis");
        trigger(SafeguardingKind.SELF_HARM, "self[- ]?harm\\w*|harm(?:ing|ed)? (?:my|him|her|them)sel(?:f|ves)|cut(?:ting)? (?:my|him|her)self"
                + "|hurt(?:ing)? (?:my|him|her)self|selbstverletz\\w*|ritz(?:e|t|en|te)\\b\\w*|verletz\\w* mich selbst|mir selbst weh");
        trigger(SafeguardingKind.ABUSE, "abus\\w*|assault\\w*|rap(?:e|ed)\\b|molest\\w*|grooming|sexual(?:ly)? (?:touched|harass\\w*)"
                + "|hit me|hits me|slapped|punched|beat me|beaten|domestic violence|coercive|exploit\\w*|missbrauch\\w*|misshandl\\w*"
                + "|vergewaltig\\w*|sexuell belästig\\w*|geschlagen|schlägt mich|häusliche gewalt|übergriff\\w*|angefasst");
        trigger(SafeguardingKind.NEGLECT, "neglect\\w*|left (?:alone |lying )?(?:in|with) (?:soiled|wet|dirty)|(?:soiled|wet) (?:bed|sheets|pad)"
                + "|left for hours|no food or (?:water|drink)|not (?:been )?(?:fed|washed|given water)|dehydrat\\w*|bed ?sores?|pressure sores?"
                + "|vernachlässig\\w*|wundgelegen|dekubitus|stundenlang (?:allein|liegen)|nichts zu (?:essen|trinken)|nicht gewaschen"
                + "|verdurst\\w*|ausgetrocknet");
        trigger(SafeguardingKind.VIOLENCE, "violen\\w*|threaten\\w*|attack\\w*|knife|weapon|stab\\w*|unsafe|in danger|dangerous"
                + "|restrain\\w*|gewalt\\w*|bedroh\\w*|angegriffen|angriff\\w*|messer|waffe|in gefahr|gefährlich|fixiert|fixierung");
    }

    private static void trigger(SafeguardingKind kind, String regex) {
        TRIGGERS.put(kind, Pattern.compile("(?iu)\\b(?:" + regex + ")"));
    }

    public List<SafeguardingFlag> screen(String text) {
        List<SafeguardingFlag> flags = new ArrayList<>();
        TRIGGERS.forEach((kind, pattern) -> {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                flags.add(new SafeguardingFlag(kind, passage(text, m.start(), m.end())));
            }
        });
        return flags;
    }

    private static String passage(String text, int start, int end) {
        int from = Math.max(0, start - CONTEXT);
        int to = Math.min(text.length(), end + CONTEXT);
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            from++;
        }
        while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
            to--;
        }
        return text.substring(Math.min(from, start), Math.max(to, end)).strip();
    }
}
