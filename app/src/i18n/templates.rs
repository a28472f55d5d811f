//! Error sentences built with values ("The note can have at most 500 characters (512 now).").
//! The server and the REST API keep them in English; the interface recognises them by their
//! English template and shows the message `id` of that template with the values as
//! variables. Translations leave field labels out: the sentence is shown under the field.
//! `error_messages::every_built_message_has_a_template` fails when the code builds a
//! sentence that no template here matches.

use super::{bundles, Lang};

/// (message id, English template); `{name}` marks a value, passed to the message as `$name`
/// (`count` as a number, for plurals).
pub(super) const TEMPLATES: [(&str, &str); 38] = [
    ("err-tpl-enter-field", "Enter the {label}."),
    (
        "err-tpl-text-too-long",
        "The {label} can have at most {max} characters ({count} now).",
    ),
    (
        "err-tpl-text-not-allowed",
        "The {label} contains characters that are not allowed.",
    ),
    ("err-tpl-one-line", "The {label} must be on one line."),
    (
        "err-tpl-too-short",
        "The {label} needs at least 2 characters.",
    ),
    (
        "err-tpl-name-too-long",
        "A name can have at most {max} characters.",
    ),
    ("err-tpl-use-at-most", "Use at most {max} characters."),
    ("err-tpl-no-action", "No action starts with “{action}”."),
    (
        "err-tpl-invite-at-most",
        "Invite at most {max} people at once ({count} entered).",
    ),
    ("err-tpl-not-emails", "Not e-mail addresses: {list}"),
    (
        "err-tpl-logo-too-big",
        "The logo can be at most {max} KB; this file has {size} KB.",
    ),
    (
        "err-tpl-not-a-currency",
        "{code} is not a currency this platform invoices in.",
    ),
    ("err-tpl-password-needs", "The password needs {problems}."),
    (
        "err-tpl-token-cap",
        "This account allows tokens of at most {count} days.",
    ),
    (
        "err-tpl-token-date-cap",
        "Choose a date at most {count} days from today.",
    ),
    ("err-tpl-seller-already", "This seller is already {status}."),
    (
        "err-tpl-account-already",
        "This account is already {state}.",
    ),
    (
        "err-tpl-group-has-members",
        "{group} still has {count} member(s). Move them to another group first.",
    ),
    (
        "err-tpl-invitation-expired",
        "This invitation has expired. Ask {name} for a new one.",
    ),
    (
        "err-tpl-two-step-first",
        "{email} uses two-step verification: sign in first, then open this link again.",
    ),
    (
        "err-tpl-only-member-who-is",
        "Only a member who is {from} can be {state}.",
    ),
    ("err-tpl-unknown", "Unknown {what}."),
    // Conflicts: `who` is a person's name, or "Someone" / "someone else" when unknown.
    (
        "err-tpl-conflict-account",
        "{who} changed the account after you loaded this page. Reload, then try again.",
    ),
    (
        "err-tpl-conflict-account-form",
        "{who} saved this account after you opened it (revision {rev}). Your changes are kept in the form: reload to see theirs, then apply yours again.",
    ),
    (
        "err-tpl-conflict-notifications",
        "{who} saved these notification settings after you opened them. Your changes are kept in the form: reload to see theirs, then apply yours again.",
    ),
    (
        "err-tpl-conflict-licensee",
        "{who} changed this licensee after you loaded it. Reload, then try again.",
    ),
    (
        "err-tpl-conflict-buyer",
        "{who} changed this buyer after you loaded it. Reload, then try again.",
    ),
    (
        "err-tpl-conflict-token",
        "{who} changed this token after you loaded it. Load the latest version, then make your change again.",
    ),
    (
        "err-tpl-conflict-group",
        "{who} changed this group after you opened it. Reload to see their changes.",
    ),
    (
        "err-tpl-conflict-plan",
        "{who} changed this plan after you loaded it. Reload, then try again.",
    ),
    (
        "err-tpl-downgrade-seats",
        "The {plan} plan includes {count} seats and {taken} are taken. Remove members or invitations first.",
    ),
    (
        "err-tpl-seats-full",
        "The {plan} plan includes {count} seats and {taken} are taken by members and open invitations. Ask an Operations admin for a larger plan.",
    ),
    // Refusals of `permissions::Denial`: `module` and `level` are shown in the language.
    ("err-tpl-needs", "You need {level} rights on {module} for this."),
    (
        "err-tpl-not-entitled",
        "The {module} module is not enabled for this account.",
    ),
    (
        "err-tpl-not-held",
        "You cannot grant {level} rights on {module}: you do not hold them yourself.",
    ),
    (
        "err-tpl-role-not-below",
        "You can only give roles below your own ({role}).",
    ),
    (
        "err-tpl-member-holds",
        "This member has {level} rights on {module}, which you do not hold; ask an Admin.",
    ),
    (
        "err-tpl-token-holds",
        "This token has {level} rights on {module}, which you do not hold; ask an Admin.",
    ),
];

/// The values of `text` if it has the shape of `template`, by name. Each value is non-empty
/// and ends at the first occurrence of the literal text that follows it.
pub(super) fn capture(template: &str, text: &str) -> Option<Vec<(String, String)>> {
    let mut parts = template.split('{');
    let mut rest = text.strip_prefix(parts.next()?)?;
    let pieces: Vec<(&str, &str)> = parts.map(|p| p.split_once('}')).collect::<Option<_>>()?;
    let mut values = vec![];
    for (i, (name, literal)) in pieces.iter().enumerate() {
        let (value, after) = if i + 1 == pieces.len() {
            (rest.strip_suffix(literal)?, "")
        } else if literal.is_empty() {
            return None;
        } else {
            let at = rest.find(literal)?;
            (&rest[..at], &rest[at + literal.len()..])
        };
        if value.is_empty() {
            return None;
        }
        values.push((name.to_string(), value.to_string()));
        rest = after;
    }
    (!pieces.is_empty() || rest.is_empty()).then_some(values)
}

/// `text` in `lang` when a template matches it.
pub(super) fn translate(lang: Lang, text: &str) -> Option<String> {
    TEMPLATES.iter().find_map(|(id, template)| {
        let values = capture(template, text)?;
        if lang == Lang::En {
            return Some(text.to_string());
        }
        let args: Vec<(&str, String)> = values
            .iter()
            .map(|(name, value)| {
                let value = match name.as_str() {
                    "problems" => password_rules(lang, value),
                    "module" => word(lang, "module-", value),
                    "level" => word(lang, "level-", value),
                    "role" => word(lang, "role-", value),
                    // The server's words for an unknown author, one selector key for them all.
                    "who"
                        if matches!(
                            value.as_str(),
                            "Someone" | "Someone else" | "someone else"
                        ) =>
                    {
                        "someone".to_string()
                    }
                    _ => value.clone(),
                };
                (name.as_str(), value)
            })
            .collect();
        Some(bundles::tr_args(lang, id, &args))
    })
}

/// A module, level or role the server names in English, in `lang` (as the pages name it).
fn word(lang: Lang, prefix: &str, english: &str) -> String {
    let id = format!("{prefix}{}", &super::message_id(english)[4..]);
    if bundles::has(Lang::En, &id) {
        bundles::tr(lang, &id)
    } else {
        english.to_string()
    }
}

/// "at least 8 characters, a digit" with each rule in `lang` (as the password checklist
/// names them); a rule without a message stays as it came.
fn password_rules(lang: Lang, list: &str) -> String {
    list.split(", ")
        .map(|rule| {
            crate::components::PASSWORD_RULES
                .iter()
                .find(|(english, _)| *english == rule)
                .map_or_else(|| rule.to_string(), |(_, id)| bundles::tr(lang, id))
        })
        .collect::<Vec<_>>()
        .join(", ")
}
