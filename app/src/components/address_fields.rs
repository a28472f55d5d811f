//! The address and contact parts of a form (account, buyer, licensee, seller): the same
//! fields, names and autocomplete hints everywhere, errors keyed as `Address::check` and
//! `Contact::check` report them.

use super::{FormState, SelectField, TextField};
use crate::i18n::t;
use crate::validation::lists::COUNTRIES;
use crate::validation::{Address, Contact};
use leptos::prelude::*;

/// (label message id, field name, autocomplete, read, write)
type Field<P> = (
    &'static str,
    &'static str,
    &'static str,
    fn(&P) -> String,
    fn(&mut P, String),
);

const ADDRESS: [Field<Address>; 5] = [
    (
        "components-address-line1",
        "address_line1",
        "address-line1",
        |a| a.address_line1.clone(),
        |a, v| a.address_line1 = v,
    ),
    (
        "components-address-line2",
        "address_line2",
        "address-line2",
        |a| a.address_line2.clone(),
        |a, v| a.address_line2 = v,
    ),
    (
        "components-city",
        "city",
        "address-level2",
        |a| a.city.clone(),
        |a, v| a.city = v,
    ),
    (
        "components-region",
        "region",
        "address-level1",
        |a| a.region.clone(),
        |a, v| a.region = v,
    ),
    (
        "components-postcode",
        "postcode",
        "postal-code",
        |a| a.postcode.clone(),
        |a, v| a.postcode = v,
    ),
];

const CONTACT: [Field<Contact>; 4] = [
    (
        "components-first-name",
        "contact_first_name",
        "given-name",
        |c| c.contact_first_name.clone(),
        |c, v| c.contact_first_name = v,
    ),
    (
        "components-last-name",
        "contact_last_name",
        "family-name",
        |c| c.contact_last_name.clone(),
        |c, v| c.contact_last_name = v,
    ),
    (
        "common-email",
        "contact_email",
        "email",
        |c| c.contact_email.clone(),
        |c, v| c.contact_email = v,
    ),
    (
        "common-phone",
        "contact_phone",
        "tel",
        |c| c.contact_phone.clone(),
        |c, v| c.contact_phone = v,
    ),
];

/// Address fields of `form`'s draft, reached through `get`/`put`.
pub fn address_fields<T: Clone + Send + Sync + 'static>(
    form: FormState<T>,
    get: fn(&T) -> &Address,
    put: fn(&mut T) -> &mut Address,
    disabled: Signal<bool>,
) -> impl IntoView {
    let countries = country_options();
    view! {
        {ADDRESS.into_iter().map(|(label, name, auto, read, write)| view! {
            <TextField label=t(label) name autocomplete=auto required=name == "address_line1" || name == "city"
                value=form.value(move |d| read(get(d))) on_input=form.setter(name, move |d, v| write(put(d), v))
                error=form.error(name) disabled/>
        }).collect_view()}
        <SelectField label=t("components-country") name="country" value=form.value(move |d| get(d).country.clone())
            on_input=form.setter("country", move |d, v| put(d).country = v) error=form.error("country")
            options=countries empty=t("components-choose-country") disabled/>
    }
}

/// Contact person fields of `form`'s draft.
pub fn contact_fields<T: Clone + Send + Sync + 'static>(
    form: FormState<T>,
    get: fn(&T) -> &Contact,
    put: fn(&mut T) -> &mut Contact,
    disabled: Signal<bool>,
) -> impl IntoView {
    CONTACT
        .into_iter()
        .map(|(label, name, auto, read, write)| {
            let kind = match name {
                "contact_email" => "email",
                "contact_phone" => "tel",
                _ => "text",
            };
            view! {
                <TextField label=t(label) name kind autocomplete=auto required=name != "contact_phone"
                    value=form.value(move |d| read(get(d))) on_input=form.setter(name, move |d, v| write(put(d), v))
                    error=form.error(name) disabled/>
            }
        })
        .collect_view()
}

/// The country picker's options: ISO codes as values, names in the interface language,
/// sorted as a reader of that language expects (accents fold to their base letter).
pub fn country_options() -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = COUNTRIES
        .iter()
        .map(|(code, _)| {
            let name = crate::i18n::t_dyn(&format!("country-{}", code.to_ascii_lowercase()));
            (code.to_string(), name)
        })
        .collect();
    out.sort_by_cached_key(|(_, name)| sort_key(name));
    out
}

fn sort_key(name: &str) -> String {
    name.chars()
        .flat_map(|c| c.to_lowercase())
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' | 'ā' => 'a',
            'ç' | 'č' => 'c',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ñ' => 'n',
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' | 'ø' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ý' | 'ÿ' => 'y',
            other => other,
        })
        .collect()
}
