//! The choices of the Profile form's selects, each format with an example of itself so the
//! person sees what they pick.

use crate::i18n::{t, t_args, Lang};
use crate::model::DisplayPrefs;
use crate::util::format::{
    civil_utc, date_pattern, date_with, number_pattern, number_with, time_pattern, time_with,
};
use crate::validation::lists::{LANGUAGES, TIMEZONES};
use crate::validation::{DATE_FORMATS, NUMBER_FORMATS, TIME_FORMATS};

/// 2026-12-31 17:45:00 UTC: a day above 12 shows which part is the day.
const EXAMPLE_MS: i64 = 1_798_739_100_000;
const EXAMPLE_NUMBER: f64 = 1_234_567.89;

type Options = Vec<(String, String)>;

fn browser_default(example: String) -> (String, String) {
    (
        String::new(),
        t_args("profile-browser-default-example", &[("example", example)]),
    )
}

pub fn languages(account_language: &str) -> Options {
    let account = Lang::parse(account_language).unwrap_or_default().name();
    let mut out = vec![(
        String::new(),
        t_args(
            "profile-language-account",
            &[("language", account.to_string())],
        ),
    )];
    out.extend(
        LANGUAGES
            .iter()
            .map(|(c, n)| (c.to_string(), n.to_string())),
    );
    out
}

pub fn timezones() -> Options {
    let first = match crate::util::browser_timezone() {
        Some(tz) => t_args("profile-browser-default-example", &[("example", tz)]),
        None => t("profile-browser-default").to_string(),
    };
    let mut out = vec![(String::new(), first)];
    out.extend(TIMEZONES.iter().map(|z| (z.to_string(), z.to_string())));
    out
}

pub fn date_formats() -> Options {
    let c = civil_utc(EXAMPLE_MS);
    let mut out = vec![browser_default(date_with(
        &DisplayPrefs::default(),
        EXAMPLE_MS,
    ))];
    out.extend(
        DATE_FORMATS
            .iter()
            .map(|p| (p.to_string(), format!("{p} ({})", date_pattern(p, &c)))),
    );
    out
}

pub fn time_formats() -> Options {
    let c = civil_utc(EXAMPLE_MS);
    let mut out = vec![browser_default(time_with(
        &DisplayPrefs::default(),
        EXAMPLE_MS,
    ))];
    out.extend(TIME_FORMATS.iter().map(|p| {
        let label = if *p == "12h" {
            t("profile-time-12h")
        } else {
            t("profile-time-24h")
        };
        (p.to_string(), format!("{label} ({})", time_pattern(p, &c)))
    }));
    out
}

pub fn number_formats() -> Options {
    let mut out = vec![browser_default(number_with(
        &DisplayPrefs::default(),
        EXAMPLE_NUMBER,
    ))];
    out.extend(
        NUMBER_FORMATS
            .iter()
            .map(|p| (p.to_string(), number_pattern(p, EXAMPLE_NUMBER))),
    );
    out
}
