use super::Lang;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;

/// The server (e-mails, tests) embeds every language. The browser embeds none: it fetches
/// English (the fallback for every id) and the person's language before the app starts
/// (`ui::load_messages`, preloaded by `index.html`), and another language when someone
/// switches to it (`ui::apply`). Embedded, English alone was 17 KB brotli of every page load.
#[cfg(feature = "ssr")]
pub(super) const SOURCES: [&str; 4] = [
    include_str!(concat!(env!("OUT_DIR"), "/en.ftl")),
    include_str!(concat!(env!("OUT_DIR"), "/de.ftl")),
    include_str!(concat!(env!("OUT_DIR"), "/fr.ftl")),
    include_str!(concat!(env!("OUT_DIR"), "/es.ftl")),
];

fn embedded(lang: Lang) -> Option<&'static str> {
    #[cfg(feature = "ssr")]
    return Some(SOURCES[lang.index()]);
    #[cfg(not(feature = "ssr"))]
    {
        let _ = lang;
        None
    }
}

type Bundle = FluentBundle<FluentResource>;

static BUNDLES: [OnceLock<Bundle>; 4] = [const { OnceLock::new() }; 4];

fn build(lang: Lang, source: String) -> Bundle {
    let id = lang.code().parse().unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![id]);
    // Isolation marks around placeables would end up in e-mails and test texts.
    bundle.set_use_isolating(false);
    // A syntax error drops only the broken entry; the tests catch it.
    let resource = FluentResource::try_new(source).unwrap_or_else(|(partial, _)| partial);
    let _ = bundle.add_resource(resource);
    bundle
}

/// The language's messages, or `None` while the browser has not fetched them yet.
fn bundle(lang: Lang) -> Option<&'static Bundle> {
    let cell = &BUNDLES[lang.index()];
    if let Some(bundle) = cell.get() {
        return Some(bundle);
    }
    let source = embedded(lang)?;
    Some(cell.get_or_init(|| build(lang, source.to_string())))
}

/// Whether `lang` can be shown right away.
pub(super) fn loaded(lang: Lang) -> bool {
    bundle(lang).is_some()
}

/// Messages fetched for `lang` (the browser's side of `embedded`). A second call keeps the first.
#[cfg_attr(feature = "ssr", allow(dead_code))]
pub(super) fn install(lang: Lang, source: String) {
    let _ = BUNDLES[lang.index()].set(build(lang, source));
}

pub(super) fn has(lang: Lang, key: &str) -> bool {
    bundle(lang).is_some_and(|b| b.has_message(key))
}

fn lookup(lang: Lang, key: &str, args: Option<&FluentArgs>) -> Option<String> {
    let bundle = bundle(lang)?;
    let pattern = bundle.get_message(key)?.value()?;
    let mut errors = vec![];
    Some(
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned(),
    )
}

fn translate(lang: Lang, key: &str, args: Option<&FluentArgs>) -> String {
    lookup(lang, key, args)
        .or_else(|| lookup(Lang::En, key, args))
        .unwrap_or_else(|| key.to_string())
}

/// `key` in `lang` (falling back to English, then to the key itself).
pub fn tr(lang: Lang, key: &str) -> String {
    translate(lang, key, None)
}

/// `key` in `lang` with variables. A variable named `count` is passed as a number so that
/// plural selectors (`{ $count -> [one] … *[other] … }`) work; the others are text.
pub fn tr_args(lang: Lang, key: &str, args: &[(&str, String)]) -> String {
    let mut fargs = FluentArgs::new();
    for (name, value) in args {
        let value = match (*name, value.parse::<f64>()) {
            ("count", Ok(n)) => FluentValue::from(n),
            _ => FluentValue::from(value.clone()),
        };
        fargs.set(*name, value);
    }
    translate(lang, key, Some(&fargs))
}
