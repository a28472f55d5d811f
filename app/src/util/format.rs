//! Dates and numbers as the person chose to see them (Profile → General): their time zone and
//! their date, time and number formats, each falling back to the browser's when not chosen.
//!
//! The preferences are a global set from the session (like the interface language), so any
//! view can format without threading them through. In the browser the time zone arithmetic is
//! `Intl.DateTimeFormat`'s (it has the tz database); elsewhere (the server, the tests) times
//! are UTC and the defaults are YYYY-MM-DD, 24 h and 1,234.5.

use super::time::civil_from_days;
use crate::model::DisplayPrefs;
use std::sync::Mutex;

static PREFS: Mutex<Option<DisplayPrefs>> = Mutex::new(None);

/// Remembers the signed-in person's preferences (`None` after sign-out: the defaults).
pub fn set_prefs(prefs: Option<DisplayPrefs>) {
    match PREFS.lock() {
        Ok(mut p) => *p = prefs,
        Err(poisoned) => *poisoned.into_inner() = prefs,
    }
}

fn prefs() -> DisplayPrefs {
    match PREFS.lock() {
        Ok(p) => p.clone().unwrap_or_default(),
        Err(poisoned) => poisoned.into_inner().clone().unwrap_or_default(),
    }
}

/// The zone the person reads and enters dates in: their profile's, else the browser's, when
/// the server knows it (`lists::TIMEZONES`).
pub fn effective_timezone() -> Option<String> {
    let tz = prefs().timezone.or_else(super::browser_timezone)?;
    crate::validation::lists::TIMEZONES
        .contains(&tz.as_str())
        .then_some(tz)
}

/// The wall-clock reading of an instant in some time zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Civil {
    pub year: i64,
    pub month: u32,
    pub day: u32,
    pub hour: u32,
    pub minute: u32,
    pub second: u32,
    /// A short name of the zone ("UTC", "CET", "GMT+1").
    pub zone: String,
}

pub fn civil_utc(ms: i64) -> Civil {
    let secs = ms.div_euclid(1000);
    let (year, month, day) = civil_from_days(secs.div_euclid(86_400));
    let rem = secs.rem_euclid(86_400) as u32;
    Civil {
        year,
        month,
        day,
        hour: rem / 3600,
        minute: rem % 3600 / 60,
        second: rem % 60,
        zone: "UTC".into(),
    }
}

fn civil(ms: i64, timezone: Option<&str>) -> Civil {
    #[cfg(target_arch = "wasm32")]
    if let Some(c) = super::intl::civil(ms, timezone) {
        return c;
    }
    let _ = timezone;
    civil_utc(ms)
}

/// `YYYY-MM-DD`, `DD.MM.YYYY`, `DD/MM/YYYY` or `MM/DD/YYYY` (anything else: the first).
pub fn date_pattern(pattern: &str, c: &Civil) -> String {
    let (y, m, d) = (c.year, c.month, c.day);
    match pattern {
        "DD.MM.YYYY" => format!("{d:02}.{m:02}.{y:04}"),
        "DD/MM/YYYY" => format!("{d:02}/{m:02}/{y:04}"),
        "MM/DD/YYYY" => format!("{m:02}/{d:02}/{y:04}"),
        _ => format!("{y:04}-{m:02}-{d:02}"),
    }
}

/// `24h` (17:05:09) or `12h` (5:05:09 PM).
pub fn time_pattern(pattern: &str, c: &Civil) -> String {
    if pattern == "12h" {
        let h = match c.hour % 12 {
            0 => 12,
            h => h,
        };
        let half = if c.hour < 12 { "AM" } else { "PM" };
        format!("{h}:{:02}:{:02} {half}", c.minute, c.second)
    } else {
        format!("{:02}:{:02}:{:02}", c.hour, c.minute, c.second)
    }
}

fn date_part(p: &DisplayPrefs, c: &Civil, ms: i64) -> String {
    if let Some(pattern) = p.date_format.as_deref() {
        return date_pattern(pattern, c);
    }
    #[cfg(target_arch = "wasm32")]
    if let Some(text) = super::intl::browser_date(ms, p.timezone.as_deref()) {
        return text;
    }
    let _ = ms;
    date_pattern("YYYY-MM-DD", c)
}

fn time_part(p: &DisplayPrefs, c: &Civil, ms: i64) -> String {
    if let Some(pattern) = p.time_format.as_deref() {
        return time_pattern(pattern, c);
    }
    #[cfg(target_arch = "wasm32")]
    if let Some(text) = super::intl::browser_time(ms, p.timezone.as_deref()) {
        return text;
    }
    let _ = ms;
    time_pattern("24h", c)
}

/// Date, time and zone of `ms` (epoch milliseconds) with the given preferences.
pub fn datetime_with(p: &DisplayPrefs, ms: i64) -> String {
    let c = civil(ms, p.timezone.as_deref());
    format!(
        "{} {} {}",
        date_part(p, &c, ms),
        time_part(p, &c, ms),
        c.zone
    )
}

pub fn time_with(p: &DisplayPrefs, ms: i64) -> String {
    let c = civil(ms, p.timezone.as_deref());
    time_part(p, &c, ms)
}

pub fn date_with(p: &DisplayPrefs, ms: i64) -> String {
    let c = civil(ms, p.timezone.as_deref());
    date_part(p, &c, ms)
}

/// A moment as the person reads times: their zone and formats.
pub fn format_datetime(ms: i64) -> String {
    datetime_with(&prefs(), ms)
}

/// The day of a moment in the person's zone and date format.
pub fn format_date(ms: i64) -> String {
    date_with(&prefs(), ms)
}

/// Groups thousands and places the decimal sign as `pattern` shows ("1,234.5", "1.234,5",
/// "1 234,5"); at most two decimals, trailing zeros dropped.
pub fn number_pattern(pattern: &str, n: f64) -> String {
    let (group, decimal) = match pattern {
        "1.234,5" => ('.', ','),
        "1 234,5" => ('\u{a0}', ','),
        _ => (',', '.'),
    };
    let fixed = format!("{:.2}", n.abs());
    let (int, frac) = fixed.split_once('.').unwrap_or((&fixed, ""));
    let frac = frac.trim_end_matches('0');
    let mut out = String::new();
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(ch);
    }
    if !frac.is_empty() {
        out.push(decimal);
        out.push_str(frac);
    }
    if n < 0.0 && out.chars().any(|c| c.is_ascii_digit() && c != '0') {
        out.insert(0, '-');
    }
    out
}

pub fn number_with(p: &DisplayPrefs, n: f64) -> String {
    if let Some(pattern) = p.number_format.as_deref() {
        return number_pattern(pattern, n);
    }
    #[cfg(target_arch = "wasm32")]
    if let Some(text) = super::intl::browser_number(n) {
        return text;
    }
    number_pattern("1,234.5", n)
}

/// A number as the person reads numbers.
pub fn format_number(n: f64) -> String {
    number_with(&prefs(), n)
}

/// A count (rows, records) as the person reads numbers.
pub fn format_count(n: i64) -> String {
    format_number(n as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    const AT: i64 = 1_795_456_145_000; // 2026-11-23 17:49:05 UTC

    #[test]
    fn dates_and_times_follow_the_patterns() {
        let c = civil_utc(AT);
        assert_eq!(date_pattern("YYYY-MM-DD", &c), "2026-11-23");
        assert_eq!(date_pattern("DD.MM.YYYY", &c), "23.11.2026");
        assert_eq!(date_pattern("DD/MM/YYYY", &c), "23/11/2026");
        assert_eq!(date_pattern("MM/DD/YYYY", &c), "11/23/2026");
        assert_eq!(time_pattern("24h", &c), "17:49:05");
        assert_eq!(time_pattern("12h", &c), "5:49:05 PM");
        assert_eq!(time_pattern("12h", &civil_utc(0)), "12:00:00 AM");
    }

    #[test]
    fn defaults_without_a_browser_are_utc_iso_and_24h() {
        let p = DisplayPrefs::default();
        assert_eq!(datetime_with(&p, AT), "2026-11-23 17:49:05 UTC");
        assert_eq!(date_with(&p, AT), "2026-11-23");
        let chosen = DisplayPrefs {
            date_format: Some("DD.MM.YYYY".into()),
            time_format: Some("12h".into()),
            ..DisplayPrefs::default()
        };
        assert_eq!(datetime_with(&chosen, AT), "23.11.2026 5:49:05 PM UTC");
    }

    #[test]
    fn numbers_follow_the_patterns() {
        assert_eq!(number_pattern("1,234.5", 1_234_567.891), "1,234,567.89");
        assert_eq!(number_pattern("1.234,5", 1234.5), "1.234,5");
        assert_eq!(number_pattern("1 234,5", 1234.0), "1\u{a0}234");
        assert_eq!(number_pattern("1,234.5", -999.0), "-999");
        assert_eq!(number_pattern("1,234.5", 0.0), "0");
        assert_eq!(number_pattern("1,234.5", -0.001), "0");
    }
}
