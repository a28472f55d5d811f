use super::Lang;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;

pub(super) const SOURCES: [&str; 4] = [
    include_str!(concat!(env!("OUT_DIR"), "/en.ftl")),
    include_str!(concat!(env!("OUT_DIR"), "/de.ftl")),
    include_str!(concat!(env!("OUT_DIR"), "/fr.ftl")),
    include_str!(concat!(env!("OUT_DIR"), "/es.ftl")),
];

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static [Bundle] {
    static BUNDLES: OnceLock<Vec<Bundle>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        Lang::ALL
            .into_iter()
            .map(|lang| {
                let id = lang.code().parse().unwrap_or_default();
                let mut bundle = Bundle::new_concurrent(vec![id]);
                // Isolation marks around placeables would end up in e-mails and test texts.
                bundle.set_use_isolating(false);
                // A syntax error drops only the broken entry; the tests catch it.
                let resource = FluentResource::try_new(SOURCES[lang.index()].to_string())
                    .unwrap_or_else(|(partial, _)| partial);
                let _ = bundle.add_resource(resource);
                bundle
            })
            .collect()
    })
}

pub(super) fn has(lang: Lang, key: &str) -> bool {
    bundles()[lang.index()].has_message(key)
}

fn lookup(lang: Lang, key: &str, args: Option<&FluentArgs>) -> Option<String> {
    let bundle = &bundles()[lang.index()];
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
