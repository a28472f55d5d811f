//! The text of every e-mail, in the recipient's language, from `locales/<lang>/mail.ftl`.
//! Each paragraph is one Fluent message and links stand on their own line, so translators
//! never handle URLs and mail clients can always open them.

use crate::i18n::{tr, tr_args, Lang};

/// A subject and a plain-text body, before the queue adds the footer.
pub struct Text {
    pub subject: String,
    pub body: String,
}

fn join(paragraphs: Vec<String>) -> String {
    let mut body = paragraphs.join("\n\n");
    body.push('\n');
    body
}

fn args<'a>(pairs: &[(&'a str, &str)]) -> Vec<(&'a str, String)> {
    pairs.iter().map(|(k, v)| (*k, v.to_string())).collect()
}

pub fn invitation(lang: Lang, inviter: &str, account: &str, url: &str) -> Text {
    let a = args(&[("inviter", inviter), ("account", account)]);
    Text {
        subject: tr_args(lang, "mail-invitation-subject", &a),
        body: join(vec![
            tr(lang, "mail-hello"),
            tr_args(lang, "mail-invitation-intro", &a),
            format!("{}\n{url}", tr(lang, "mail-invitation-accept")),
            tr(lang, "mail-invitation-validity"),
        ]),
    }
}

pub fn removal(lang: Lang, actor: &str, account: &str) -> Text {
    let a = args(&[("actor", actor), ("account", account)]);
    Text {
        subject: tr_args(lang, "mail-removal-subject", &a),
        body: join(vec![
            tr(lang, "mail-hello"),
            tr_args(lang, "mail-removal-intro", &a),
            tr(lang, "mail-removal-contact"),
        ]),
    }
}

pub fn password_reset(lang: Lang, email: &str, url: &str) -> Text {
    let a = args(&[("email", email)]);
    Text {
        subject: tr(lang, "mail-reset-subject"),
        body: join(vec![
            tr(lang, "mail-hello"),
            format!("{}\n{url}", tr_args(lang, "mail-reset-intro", &a)),
            tr(lang, "mail-reset-validity"),
        ]),
    }
}

pub fn sign_in_unlock(lang: Lang, email: &str, url: &str) -> Text {
    let a = args(&[("email", email)]);
    Text {
        subject: tr(lang, "mail-unlock-subject"),
        body: join(vec![
            tr(lang, "mail-hello"),
            format!("{}\n{url}", tr_args(lang, "mail-unlock-intro", &a)),
            tr(lang, "mail-unlock-validity"),
        ]),
    }
}

/// What a token reminder names.
pub struct TokenFacts<'a> {
    pub name: &'a str,
    pub id: &'a str,
    pub account: &'a str,
    pub expires_at: i64,
}

pub fn token_expiring(lang: Lang, t: &TokenFacts<'_>) -> Text {
    let a = token_args(t);
    Text {
        subject: tr_args(lang, "mail-token-expiring-subject", &a),
        body: join(vec![
            tr_args(lang, "mail-token-expiring-intro", &a),
            tr(lang, "mail-token-expiring-advice"),
        ]),
    }
}

pub fn token_expired(lang: Lang, t: &TokenFacts<'_>) -> Text {
    let a = token_args(t);
    Text {
        subject: tr_args(lang, "mail-token-expired-subject", &a),
        body: join(vec![
            tr_args(lang, "mail-token-expired-intro", &a),
            tr(lang, "mail-token-expired-advice"),
        ]),
    }
}

fn token_args<'a>(t: &TokenFacts<'_>) -> Vec<(&'a str, String)> {
    vec![
        ("name", t.name.to_string()),
        ("id", t.id.to_string()),
        ("account", t.account.to_string()),
        ("day", crate::util::format_day(t.expires_at)),
        ("when", crate::util::format_utc(t.expires_at)),
    ]
}

/// The footer every account mail ends with: the account's own text, then where a member can
/// change their preferences (the signed link when there is one, else the Profile page).
pub fn footer(lang: Lang, account: &str, custom: &str, link: Option<&str>, member: bool) -> String {
    let a = args(&[("account", account)]);
    let mut out = String::from("\n-- \n");
    if !custom.trim().is_empty() {
        out.push_str(custom.trim());
        out.push('\n');
    }
    match (link, member) {
        (Some(url), true) => out.push_str(&format!(
            "\n{}\n{url}\n",
            tr_args(lang, "mail-footer-preferences", &a)
        )),
        (None, true) => {
            out.push('\n');
            out.push_str(&tr_args(lang, "mail-footer-preferences-profile", &a));
            out.push('\n');
        }
        (_, false) => {}
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_fills_in_the_variables() {
        for lang in Lang::ALL {
            let t = invitation(
                lang,
                "Ada",
                "Acme",
                "https://x.test/accept-invitation?token=t",
            );
            assert!(
                t.subject.contains("Ada") && t.subject.contains("Acme"),
                "{t:?}",
                t = t.subject
            );
            assert!(t
                .body
                .contains("\nhttps://x.test/accept-invitation?token=t\n"));
            assert!(!t.body.contains("mail-"), "{}: {}", lang.code(), t.body);
            let f = footer(
                lang,
                "Acme",
                "Acme Ltd, Berlin",
                Some("https://x.test/p"),
                true,
            );
            assert!(
                f.starts_with("\n-- \nAcme Ltd, Berlin\n\n") && f.ends_with("https://x.test/p\n")
            );
            assert_eq!(
                footer(lang, "Acme", "Acme Ltd", None, false),
                "\n-- \nAcme Ltd\n"
            );
        }
        let de = removal(Lang::De, "Bea", "Acme");
        assert_eq!(de.subject, "Sie wurden aus Acme entfernt");
    }
}
