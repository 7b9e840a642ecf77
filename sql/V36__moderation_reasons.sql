-- The library of moderation reasons (issue 14): administrators keep it, moderators choose from it
-- when they reject. label_*: what the moderator sees in the list; text_*: what the storyteller is
-- told, in their language. moderation_reason_change: the audit trail of the library's edits.
CREATE TABLE moderation_reason (
    code        VARCHAR(40) NOT NULL PRIMARY KEY,
    label_en    VARCHAR(100) NOT NULL,
    label_de    VARCHAR(100) NOT NULL,
    text_en     VARCHAR(900) NOT NULL,
    text_de     VARCHAR(900) NOT NULL,
    position    INT NOT NULL DEFAULT 0,
    version     BIGINT NOT NULL DEFAULT 0,
    updated_at  TIMESTAMP NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE moderation_reason_change (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    reason_code VARCHAR(40) NOT NULL,
    account_id  BIGINT NULL,
    action      VARCHAR(10) NOT NULL,
    text_before VARCHAR(2000) NULL,
    text_after  VARCHAR(2000) NULL,
    changed_at  TIMESTAMP NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_moderation_reason_change ON moderation_reason_change (reason_code, changed_at);

-- Decisions by week (moderation figures): first decisions on stories in a period.
CREATE INDEX ix_moderation_decision_time ON moderation_decision (action, decided_at);

INSERT INTO moderation_reason (code, label_en, label_de, text_en, text_de, position) VALUES
('PERSONAL_DATA', 'Personal data', 'Persönliche Daten',
 'Your story names or identifies people (you, staff or others). We cannot publish personal details. You are welcome to tell it again without them.',
 'Ihre Geschichte nennt Personen (Sie, Mitarbeitende oder andere) oder macht sie erkennbar. Persönliche Angaben veröffentlichen wir nicht. Sie können sie gern ohne diese Angaben noch einmal erzählen.', 10),
('OFFENSIVE', 'Offensive language', 'Beleidigende Sprache',
 'Your story contains words that are offensive or threatening. We publish criticism, but not insults. You are welcome to tell it again in other words.',
 'Ihre Geschichte enthält beleidigende oder bedrohliche Worte. Kritik veröffentlichen wir, Beleidigungen nicht. Sie können sie gern mit anderen Worten noch einmal erzählen.', 20),
('NOT_A_SERVICE', 'Not about a service', 'Kein Bezug zu einem Angebot',
 'Your story is not about a health or care service we list, so nobody here could answer it.',
 'Ihre Geschichte handelt nicht von einem Gesundheits- oder Pflegeangebot, das wir führen; hier könnte niemand darauf antworten.', 30),
('DUPLICATE', 'Duplicate', 'Doppelt eingereicht',
 'You told us this story already; we keep the first one you sent.',
 'Sie haben uns diese Geschichte bereits erzählt; wir behalten die zuerst gesendete.', 40),
('COMPLAINT', 'A formal complaint', 'Eine förmliche Beschwerde',
 'Your story asks for a decision on your own case. Please contact the service''s complaints team directly; we cannot handle individual complaints here.',
 'Ihre Geschichte verlangt eine Entscheidung in Ihrem eigenen Fall. Bitte wenden Sie sich direkt an das Beschwerdemanagement des Angebots; einzelne Beschwerden können wir hier nicht bearbeiten.', 50),
('ADVERTISING', 'Advertising or spam', 'Werbung oder Spam',
 'Your message advertises a product or service, or is not a story of care.',
 'Ihre Nachricht wirbt für ein Produkt oder eine Leistung oder ist keine Geschichte über Versorgung.', 60);
