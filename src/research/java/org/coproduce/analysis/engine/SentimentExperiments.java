package org.coproduce.analysis.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.Span;
import org.coproduce.analysis.entity.Language;

/**
 * The sentiment feature and model experiments of docs/analysis.md on the benchmark folds (same
 * shuffle and folds as ThemeBenchmark): {@code -Dsections=sentiment-experiments
 * -Dvariants="base;base,neg,len,nbw=0.25"}. Variants are separated by ';', each a comma list of
 * options (see {@link #features} and {@link #train}); "base,neg,len,nbw=0.25" is the product's
 * setting. {@code -Dtiming=true} times the product model's features and training against the old.
 */
final class SentimentExperiments {

    record Doc(String text, String[] tokens, List<String[]> sentences, String gold) {
    }

    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");
    static final Set<String> NEG = Set.of("not", "no", "never", "n't", "nothing", "cannot", "nobody", "none", "neither",
            "nor", "without", "hardly", "barely", "lack", "nowhere", "dont", "didnt", "wasnt", "cant", "couldnt", "wont",
            "isnt", "doesnt", "werent", "havent", "wouldnt");
    static final Set<String> CONTRAST = Set.of("but", "however", "although", "though", "except", "apart", "unfortunately",
            "otherwise", "whereas", "yet");

    public static void main(String[] args) {
        if (Boolean.getBoolean("negativity")) {
            negativity();
            return;
        }
        if (Boolean.getBoolean("timing")) {
            timing();
            return;
        }
        int folds = Integer.parseInt(System.getProperty("folds", "5"));
        long t0 = System.nanoTime();
        List<FftCorpus.Row> rows = new ArrayList<>(FftCorpus.rows());
        Collections.shuffle(rows, new Random(42));
        Nlp nlp = new Nlp();
        List<Doc> docs = new ArrayList<>();
        for (FftCorpus.Row row : rows) {
            List<String[]> sentences = new ArrayList<>();
            for (Span span : nlp.sentences(row.text(), Language.EN)) {
                sentences.add(nlp.tokens(span.getCoveredText(row.text()).toString(), Language.EN));
            }
            docs.add(new Doc(row.text(), nlp.tokens(row.text(), Language.EN), sentences,
                    row.sentiment() == null ? null : SentimentModel.classOf(row.sentiment()).code()));
        }
        System.out.printf("%d docs tokenised in %.1f s%n", docs.size(), (System.nanoTime() - t0) / 1e9);
        for (String variant : System.getProperty("variants", "base").split(";")) {
            Map<String, String> o = options(variant);
            if (o.containsKey("stack")) {
                stacked(docs, o, variant, folds);
                continue;
            }
            long start = System.nanoTime();
            List<String[]> features = docs.stream().map(d -> features(d, o)).toList();
            int right = 0, total = 0;
            int[][] confusion = new int[3][3];
            List<String> classes = List.of("positive", "mixed", "negative");
            double trainSeconds = 0;
            for (int k = 0; k < folds; k++) {
                List<Event> events = new ArrayList<>();
                int mixedCopies = Integer.parseInt(o.getOrDefault("mixedx", "1"));
                for (int i = 0; i < docs.size(); i++) {
                    if (i % 5 != k && docs.get(i).gold() != null) {
                        int copies = docs.get(i).gold().equals("mixed") ? mixedCopies : 1;
                        for (int c = 0; c < copies; c++) {
                            events.add(new Event(docs.get(i).gold(), features.get(i)));
                        }
                    }
                }
                long ts = System.nanoTime();
                MaxentModel model = train(events, o);
                List<Event> nbEvents = !o.containsKey("nbsub") ? events : events.stream().map(e -> new Event(e.getOutcome(),
                        java.util.Arrays.stream(e.getContext()).filter(x -> x.startsWith(o.get("nbsub")) || x.startsWith("w=") || x.equals("bias")).toArray(String[]::new))).toList();
                MaxentModel nb = o.containsKey("nbw") ? train(nbEvents, Map.of("trainer", "NAIVEBAYES", "cutoff", o.getOrDefault("nbcutoff", "1"))) : null;
                trainSeconds += (System.nanoTime() - ts) / 1e9;
                double mixedBias = Double.parseDouble(o.getOrDefault("mixedbias", "1.0"));
                for (int i = 0; i < docs.size(); i++) {
                    if (i % 5 == k && docs.get(i).gold() != null) {
                        double[] p = model.eval(features.get(i));
                        if (nb != null) {
                            double w = Double.parseDouble(o.get("nbw"));
                            double[] q = nb.eval(features.get(i));
                            for (int j = 0; j < p.length; j++) {
                                p[j] = o.containsKey("geo") ? Math.exp((1 - w) * Math.log(p[j]) + w * Math.log(q[nb.getIndex(model.getOutcome(j))]))
                                        : (1 - w) * p[j] + w * q[nb.getIndex(model.getOutcome(j))];
                            }
                        }
                        int mixed = model.getIndex("mixed");
                        p[mixed] *= mixedBias;
                        String best = model.getBestOutcome(p);
                        total++;
                        right += best.equals(docs.get(i).gold()) ? 1 : 0;
                        confusion[classes.indexOf(docs.get(i).gold())][classes.indexOf(best)]++;
                    }
                }
            }
            report(variant, right, total, String.format("train %.1f s/fold, ", trainSeconds / folds), start, confusion);
        }
    }

    /** One line per variant: accuracy, time, and the confusion matrix (rows gold, columns predicted: positive, mixed, negative). */
    static void report(String variant, int right, int total, String training, long start, int[][] confusion) {
        StringBuilder c = new StringBuilder();
        for (int[] line : confusion) {
            c.append(java.util.Arrays.toString(line));
        }
        System.out.printf("%-50s accuracy %.4f (%d/%d) %sall %.1f s  %s%n", variant, (double) right / total, right, total,
                training, (System.nanoTime() - start) / 1e9, c);
    }

    /** Level 1: LR and NB on the text features; level 2: LR on bucketed level-1 probabilities of the document and its sentences. */
    static void stacked(List<Doc> docs, Map<String, String> o, String variant, int folds) {
        long start = System.nanoTime();
        List<String[]> features = docs.stream().map(d -> features(d, o)).toList();
        List<List<String[]>> sentenceFeatures = docs.stream().map(d -> d.sentences().stream()
                .map(s -> features(new Doc(null, s, Collections.singletonList(s), null), o)).toList()).toList();
        int inner = Integer.parseInt(o.getOrDefault("inner", "5"));
        int right = 0, total = 0;
        int[][] confusion = new int[3][3];
        List<String> classes = List.of("positive", "mixed", "negative");
        for (int k = 0; k < folds; k++) {
            List<Integer> train = new ArrayList<>(), test = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                if (docs.get(i).gold() != null) {
                    (i % 5 == k ? test : train).add(i);
                }
            }
            Map<Integer, String[]> meta = new HashMap<>();
            for (int m = 0; m < inner; m++) {
                List<Event> events = new ArrayList<>();
                List<Integer> held = new ArrayList<>();
                for (int j = 0; j < train.size(); j++) {
                    int i = train.get(j);
                    if (j % inner == m) {
                        held.add(i);
                    } else {
                        events.add(new Event(docs.get(i).gold(), features.get(i)));
                    }
                }
                MaxentModel lr = train(events, o), nb = train(events, Map.of("trainer", "NAIVEBAYES"));
                for (int i : held) {
                    meta.put(i, meta(lr, nb, features.get(i), sentenceFeatures.get(i), o));
                }
            }
            List<Event> events = new ArrayList<>();
            List<Event> metaEvents = new ArrayList<>();
            for (int i : train) {
                events.add(new Event(docs.get(i).gold(), features.get(i)));
                metaEvents.add(new Event(docs.get(i).gold(), meta.get(i)));
            }
            MaxentModel lr = train(events, o), nb = train(events, Map.of("trainer", "NAIVEBAYES"));
            MaxentModel top = train(metaEvents, Map.of("l2", o.getOrDefault("l2top", "1.0"), "it", "100"));
            for (int i : test) {
                double[] p = top.eval(meta(lr, nb, features.get(i), sentenceFeatures.get(i), o));
                String best = top.getBestOutcome(p);
                total++;
                right += best.equals(docs.get(i).gold()) ? 1 : 0;
                confusion[classes.indexOf(docs.get(i).gold())][classes.indexOf(best)]++;
            }
        }
        report(variant, right, total, "", start, confusion);
    }

    static String[] meta(MaxentModel lr, MaxentModel nb, String[] doc, List<String[]> sentences, Map<String, String> o) {
        int bins = Integer.parseInt(o.getOrDefault("bins", "10"));
        List<String> f = new ArrayList<>();
        f.add("bias");
        double[] p = lr.eval(doc), q = nb.eval(doc);
        for (String c : List.of("positive", "mixed", "negative")) {
            f.add("lr" + c + "=" + bin(p[lr.getIndex(c)], bins));
            if (!o.containsKey("nonb")) {
                f.add("nb" + c + "=" + bin(q[nb.getIndex(c)], bins));
            }
        }
        if (!o.containsKey("nosent") && sentences.size() > 1) {
            double maxPos = 0, maxNeg = 0, maxMixed = 0;
            int pos = 0, neg = 0;
            for (String[] s : sentences) {
                double[] ps = lr.eval(s);
                double[] qs = nb.eval(s);
                double sp = (ps[lr.getIndex("positive")] + qs[nb.getIndex("positive")]) / 2;
                double sn = (ps[lr.getIndex("negative")] + qs[nb.getIndex("negative")]) / 2;
                double sm = (ps[lr.getIndex("mixed")] + qs[nb.getIndex("mixed")]) / 2;
                maxPos = Math.max(maxPos, sp);
                maxNeg = Math.max(maxNeg, sn);
                maxMixed = Math.max(maxMixed, sm);
                pos += sp > 0.5 ? 1 : 0;
                neg += sn > 0.5 ? 1 : 0;
            }
            f.add("smaxpos=" + bin(maxPos, bins));
            f.add("smaxneg=" + bin(maxNeg, bins));
            f.add("smaxmix=" + bin(maxMixed, bins));
            f.add("sboth=" + bin(maxPos, 4) + "_" + bin(maxNeg, 4));
            f.add("scount=" + Math.min(pos, 3) + "_" + Math.min(neg, 3));
        } else {
            f.add("single");
        }
        return f.toArray(String[]::new);
    }

    static int bin(double p, int bins) {
        return Math.min(bins - 1, (int) (p * bins));
    }

    static MaxentModel train(List<Event> events, Map<String, String> o) {
        opennlp.tools.util.TrainingParameters params = new opennlp.tools.util.TrainingParameters();
        params.put(opennlp.tools.util.TrainingParameters.ALGORITHM_PARAM, o.getOrDefault("trainer", "MAXENT_QN"));
        params.put(opennlp.tools.util.TrainingParameters.ITERATIONS_PARAM, Integer.parseInt(o.getOrDefault("it", "50")));
        params.put(opennlp.tools.util.TrainingParameters.CUTOFF_PARAM, Integer.parseInt(o.getOrDefault("cutoff", "1")));
        params.put("L2Cost", Double.parseDouble(o.getOrDefault("l2", "1.0")));
        params.put("L1Cost", Double.parseDouble(o.getOrDefault("l1", "0.0")));
        params.put("Threads", 1);
        params.put("PrintMessages", false);
        var trainer = opennlp.tools.ml.TrainerFactory.getEventTrainer(params, new HashMap<>());
        try {
            return trainer.train(opennlp.tools.util.ObjectStreamUtils.createObjectStream(events));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** How often the criticality floor's "clearly negative" (negativity ≥ 0.85) fires, old vs new, over the folds. */
    static void negativity() {
        ThemeBenchmark b = new ThemeBenchmark(ModelTraining.THEMES);
        int[] old = new int[2], blended = new int[2];
        for (int k = 0; k < 5; k++) {
            List<Event> events = new ArrayList<>();
            List<Example> examples = new ArrayList<>();
            for (int i = 0; i < b.docs.size(); i++) {
                var d = b.docs.get(i);
                if (i % 5 != k && d.row().sentiment() != null) {
                    String label = SentimentModel.classOf(d.row().sentiment()).code();
                    events.add(new Event(label, d.features()));
                    examples.add(new Example(d.sentiment(), Set.of(label)));
                }
            }
            MaxentModel before = Maxent.train(events, 1.0, 50);
            SentimentModel after = SentimentModel.train(examples);
            for (int i = k; i < b.docs.size(); i += 5) {
                var d = b.docs.get(i);
                if (d.row().sentiment() != null) {
                    boolean negative = d.row().sentiment() >= 4;
                    if (Maxent.probability(before, d.features(), "negative") >= 0.85) {
                        old[negative ? 0 : 1]++;
                    }
                    if (after.negativity(d.sentiment()) >= 0.85) {
                        blended[negative ? 0 : 1]++;
                    }
                }
            }
        }
        System.out.printf("negativity >= 0.85: old %d (gold negative %d), new %d (gold negative %d)%n",
                old[0] + old[1], old[0], blended[0] + blended[1], blended[0]);
    }

    /** Start-up cost of the English sentiment model: features from the raw text and training, old vs new. */
    static void timing() {
        Nlp nlp = new Nlp();
        ModelTraining training = new ModelTraining(new Taxonomy(), nlp);
        List<FftCorpus.Row> rows = FftCorpus.rows().stream().filter(r -> r.sentiment() != null).toList();
        for (int round = 0; round < 3; round++) {
            long t = System.nanoTime();
            List<Event> events = new ArrayList<>();
            for (FftCorpus.Row row : rows) {
                events.add(new Event(SentimentModel.classOf(row.sentiment()).code(), training.features(row.text(), Language.EN)));
            }
            long t1 = System.nanoTime();
            Maxent.train(events, 1.0, 50);
            long t2 = System.nanoTime();
            List<Example> examples = new ArrayList<>();
            for (FftCorpus.Row row : rows) {
                examples.add(new Example(training.sentimentFeatures(row.text(), Language.EN),
                        Set.of(SentimentModel.classOf(row.sentiment()).code())));
            }
            long t3 = System.nanoTime();
            SentimentModel.train(examples);
            long t4 = System.nanoTime();
            System.out.printf("old: features %.1f s + training %.1f s; new: features %.1f s + training %.1f s%n",
                    (t1 - t) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t4 - t3) / 1e9);
        }
    }

    static Map<String, String> options(String variant) {
        Map<String, String> o = new HashMap<>();
        for (String part : variant.split(",")) {
            String[] kv = part.split("=", 2);
            o.put(kv[0].trim(), kv.length > 1 ? kv[1].trim() : "true");
        }
        return o;
    }

    static String[] features(Doc doc, Map<String, String> o) {
        Set<String> f = new LinkedHashSet<>();
        if (!o.containsKey("nobase")) {
            f.addAll(List.of(Features.of(doc.tokens())));
        } else {
            f.add("bias");
        }
        List<String> tokens = new ArrayList<>();
        for (String token : doc.tokens()) {
            tokens.add(token.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\''));
        }
        if (o.containsKey("neg")) {
            boolean scope = false;
            for (String t : tokens) {
                boolean word = WORD.matcher(t).matches();
                if (!word || CONTRAST.contains(t)) {
                    scope = false;
                    continue;
                }
                if (scope) {
                    f.add("x=" + t);
                }
                if (NEG.contains(t) || t.endsWith("n't")) {
                    scope = true;
                }
            }
        }
        if (o.containsKey("but")) {
            boolean after = false;
            for (String t : tokens) {
                if (CONTRAST.contains(t)) {
                    f.add("contrast");
                    after = true;
                } else if (after && WORD.matcher(t).matches()) {
                    f.add("a=" + t);
                }
            }
        }
        if (o.containsKey("punct")) {
            int excl = 0;
            boolean question = false;
            for (String t : doc.tokens()) {
                excl += t.chars().filter(ch -> ch == '!').count();
                question |= t.contains("?");
            }
            f.add("excl=" + Math.min(excl, 3));
            if (question) {
                f.add("question");
            }
            long caps = doc.tokens().length == 0 ? 0 : java.util.Arrays.stream(doc.tokens())
                    .filter(t -> t.length() > 2 && t.equals(t.toUpperCase(Locale.ROOT)) && t.chars().anyMatch(Character::isLetter)).count();
            if (caps > 0) {
                f.add("caps");
            }
        }
        if (o.containsKey("len")) {
            long words = tokens.stream().filter(t -> WORD.matcher(t).matches()).count();
            f.add("len=" + (63 - Long.numberOfLeadingZeros(words + 1)));
            if (o.containsKey("tokensents")) {
                int ends = 0;
                for (int i = 0; i < doc.tokens().length; i++) {
                    if (doc.tokens()[i].matches("[.!?]+") || i == doc.tokens().length - 1) {
                        ends++;
                        while (i + 1 < doc.tokens().length && doc.tokens()[i + 1].matches("[.!?]+")) {
                            i++;
                        }
                    }
                }
                f.add("sents=" + Math.min(ends, 5));
            } else if (!o.containsKey("nosents")) {
                f.add("sents=" + Math.min(doc.sentences().size(), 5));
            }
        }
        if (o.containsKey("tri")) {
            List<String> words = tokens.stream().filter(t -> WORD.matcher(t).matches()).toList();
            for (int i = 0; i + 2 < words.size(); i++) {
                f.add("t=" + words.get(i) + "_" + words.get(i + 1) + "_" + words.get(i + 2));
            }
        }
        if (o.containsKey("chars")) {
            int min = Integer.parseInt(o.getOrDefault("cmin", "3")), max = Integer.parseInt(o.getOrDefault("cmax", "5"));
            String text = " " + String.join(" ", tokens.stream().filter(t -> WORD.matcher(t).matches()).toList()) + " ";
            for (int n = min; n <= max; n++) {
                for (int i = 0; i + n <= text.length(); i++) {
                    f.add("c=" + text.substring(i, i + n));
                }
            }
        }
        if (o.containsKey("first")) {
            // the first sentence's words (FFT answers often open with the verdict)
            if (!doc.sentences().isEmpty()) {
                for (String t : doc.sentences().get(0)) {
                    String l = t.toLowerCase(Locale.ROOT);
                    if (WORD.matcher(l).matches()) {
                        f.add("f=" + l);
                    }
                }
            }
        }
        if (o.containsKey("snow")) {
            var stemmer = new opennlp.tools.stemmer.snowball.SnowballStemmer(
                    opennlp.tools.stemmer.snowball.SnowballStemmer.ALGORITHM.ENGLISH);
            String previous = "<s>";
            for (String t : tokens) {
                if (WORD.matcher(t).matches()) {
                    String stem = stemmer.stem(t).toString();
                    f.add("st=" + stem);
                    if (o.containsKey("snowbi")) {
                        f.add("sb=" + previous + "_" + stem);
                    }
                    previous = stem;
                }
            }
        }
        if (o.containsKey("short")) {
            // whole answer for very short answers ("Nothing.", "None", "Don't know")
            List<String> words = tokens.stream().filter(t -> WORD.matcher(t).matches()).toList();
            if (words.size() <= 4) {
                f.add("whole=" + String.join("_", words));
            }
        }
        return f.toArray(String[]::new);
    }
}
