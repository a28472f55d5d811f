//! The browser's `Intl`: time zone arithmetic and the browser's own date, time and number
//! formats, for `format`. Only in the wasm build; every function answers `None` when the
//! browser refuses (an unknown zone throws a RangeError, caught here), and `format` then
//! falls back to UTC and the plain patterns.

use super::format::Civil;
use js_sys::{Array, Date, Function, Object, Reflect};
use std::cell::RefCell;
use std::collections::HashMap;
use wasm_bindgen::{JsCast, JsValue};

fn options(pairs: &[(&str, &str)], timezone: Option<&str>) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &JsValue::from_str(k), &JsValue::from_str(v));
    }
    if let Some(tz) = timezone {
        let _ = Reflect::set(&o, &JsValue::from_str("timeZone"), &JsValue::from_str(tz));
    }
    o
}

/// `new Intl.<kind>(locales, options)`, with a throw turned into `None`.
fn construct(kind: &str, locales: &Array, opts: &Object) -> Option<Object> {
    let intl = Reflect::get(&js_sys::global(), &JsValue::from_str("Intl")).ok()?;
    let ctor: Function = Reflect::get(&intl, &JsValue::from_str(kind))
        .ok()?
        .dyn_into()
        .ok()?;
    Reflect::construct(&ctor, &Array::of2(locales, opts))
        .ok()?
        .dyn_into()
        .ok()
}

fn format_with(formatter: &Object, value: &JsValue) -> Option<String> {
    let f: Function = Reflect::get(formatter, &JsValue::from_str("format"))
        .ok()?
        .dyn_into()
        .ok()?;
    f.call1(formatter, value).ok()?.as_string()
}

thread_local! {
    /// The last zone's parts formatter: building one costs far more than using it.
    static PARTS: RefCell<Option<(Option<String>, Object)>> = const { RefCell::new(None) };
}

fn parts_formatter(timezone: Option<&str>) -> Option<Object> {
    PARTS.with(|cell| {
        if let Some((tz, f)) = cell.borrow().as_ref() {
            if tz.as_deref() == timezone {
                return Some(f.clone());
            }
        }
        let opts = options(
            &[
                ("year", "numeric"),
                ("month", "numeric"),
                ("day", "numeric"),
                ("hour", "numeric"),
                ("minute", "numeric"),
                ("second", "numeric"),
                ("hourCycle", "h23"),
                ("timeZoneName", "short"),
            ],
            timezone,
        );
        // en-US gives ASCII digits whatever the browser's language.
        let f = construct("DateTimeFormat", &Array::of1(&"en-US".into()), &opts)?;
        *cell.borrow_mut() = Some((timezone.map(String::from), f.clone()));
        Some(f)
    })
}

/// The wall-clock reading of `ms` in `timezone` (None: the browser's zone).
pub fn civil(ms: i64, timezone: Option<&str>) -> Option<Civil> {
    let f = parts_formatter(timezone)?;
    let to_parts: Function = Reflect::get(&f, &JsValue::from_str("formatToParts"))
        .ok()?
        .dyn_into()
        .ok()?;
    let parts: Array = to_parts
        .call1(&f, &Date::new(&JsValue::from_f64(ms as f64)))
        .ok()?
        .dyn_into()
        .ok()?;
    let mut c = Civil {
        year: 1970,
        month: 1,
        day: 1,
        hour: 0,
        minute: 0,
        second: 0,
        zone: String::new(),
    };
    for part in parts.iter() {
        let kind = Reflect::get(&part, &"type".into()).ok()?.as_string()?;
        let value = Reflect::get(&part, &"value".into()).ok()?.as_string()?;
        let n = || value.parse::<u32>().ok();
        match kind.as_str() {
            "year" => c.year = value.parse().ok()?,
            "month" => c.month = n()?,
            "day" => c.day = n()?,
            "hour" => c.hour = n()? % 24,
            "minute" => c.minute = n()?,
            "second" => c.second = n()?,
            "timeZoneName" => c.zone = value,
            _ => {}
        }
    }
    Some(c)
}

thread_local! {
    /// The browser-format formatters by (date or time, zone), for lists of many dates.
    static BROWSER: RefCell<HashMap<(bool, Option<String>), Object>> = RefCell::new(HashMap::new());
}

fn browser(date: bool, pairs: &[(&str, &str)], ms: i64, timezone: Option<&str>) -> Option<String> {
    let key = (date, timezone.map(String::from));
    let cached = BROWSER.with(|c| c.borrow().get(&key).cloned());
    let f = match cached {
        Some(f) => f,
        None => {
            let f = construct("DateTimeFormat", &Array::new(), &options(pairs, timezone))?;
            BROWSER.with(|c| c.borrow_mut().insert(key, f.clone()));
            f
        }
    };
    format_with(&f, &Date::new(&JsValue::from_f64(ms as f64)).into())
}

/// The date in the browser's own format.
pub fn browser_date(ms: i64, timezone: Option<&str>) -> Option<String> {
    browser(
        true,
        &[
            ("year", "numeric"),
            ("month", "2-digit"),
            ("day", "2-digit"),
        ],
        ms,
        timezone,
    )
}

/// The time of day in the browser's own format.
pub fn browser_time(ms: i64, timezone: Option<&str>) -> Option<String> {
    browser(
        false,
        &[
            ("hour", "2-digit"),
            ("minute", "2-digit"),
            ("second", "2-digit"),
        ],
        ms,
        timezone,
    )
}

/// A number in the browser's own format, at most two decimals.
pub fn browser_number(n: f64) -> Option<String> {
    let opts = Object::new();
    let _ = Reflect::set(
        &opts,
        &"maximumFractionDigits".into(),
        &JsValue::from_f64(2.0),
    );
    let f = construct("NumberFormat", &Array::new(), &opts)?;
    format_with(&f, &JsValue::from_f64(n))
}

/// The browser's own time zone (for the profile's "Browser default" option).
pub fn browser_timezone() -> Option<String> {
    let f = construct("DateTimeFormat", &Array::new(), &Object::new())?;
    let resolved: Function = Reflect::get(&f, &"resolvedOptions".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let o = resolved.call0(&f).ok()?;
    Reflect::get(&o, &"timeZone".into()).ok()?.as_string()
}
