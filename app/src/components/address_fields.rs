//! The address and contact parts of a form (account, buyer, licensee, seller): the same
//! fields, names and autocomplete hints everywhere, errors keyed as `Address::check` and
//! `Contact::check` report them.

use super::{FormState, SelectField, TextField};
use crate::validation::lists::COUNTRIES;
use crate::validation::{Address, Contact};
use leptos::prelude::*;

type Field<P> = (
    &'static str,
    &'static str,
    &'static str,
    fn(&P) -> String,
    fn(&mut P, String),
);

const ADDRESS: [Field<Address>; 5] = [
    (
        "Address line 1",
        "address_line1",
        "address-line1",
        |a| a.address_line1.clone(),
        |a, v| a.address_line1 = v,
    ),
    (
        "Address line 2",
        "address_line2",
        "address-line2",
        |a| a.address_line2.clone(),
        |a, v| a.address_line2 = v,
    ),
    (
        "City",
        "city",
        "address-level2",
        |a| a.city.clone(),
        |a, v| a.city = v,
    ),
    (
        "State or region",
        "region",
        "address-level1",
        |a| a.region.clone(),
        |a, v| a.region = v,
    ),
    (
        "Postcode",
        "postcode",
        "postal-code",
        |a| a.postcode.clone(),
        |a, v| a.postcode = v,
    ),
];

const CONTACT: [Field<Contact>; 4] = [
    (
        "First name",
        "contact_first_name",
        "given-name",
        |c| c.contact_first_name.clone(),
        |c, v| c.contact_first_name = v,
    ),
    (
        "Last name",
        "contact_last_name",
        "family-name",
        |c| c.contact_last_name.clone(),
        |c, v| c.contact_last_name = v,
    ),
    (
        "E-mail",
        "contact_email",
        "email",
        |c| c.contact_email.clone(),
        |c, v| c.contact_email = v,
    ),
    (
        "Phone",
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
    let countries: Vec<(String, String)> = COUNTRIES
        .iter()
        .map(|(c, n)| (c.to_string(), n.to_string()))
        .collect();
    view! {
        {ADDRESS.into_iter().map(|(label, name, auto, read, write)| view! {
            <TextField label name autocomplete=auto required=name == "address_line1" || name == "city"
                value=form.value(move |d| read(get(d))) on_input=form.setter(name, move |d, v| write(put(d), v))
                error=form.error(name) disabled/>
        }).collect_view()}
        <SelectField label="Country" name="country" value=form.value(move |d| get(d).country.clone())
            on_input=form.setter("country", move |d, v| put(d).country = v) error=form.error("country")
            options=countries empty="Choose a country" disabled/>
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
                <TextField label name kind autocomplete=auto required=name != "contact_phone"
                    value=form.value(move |d| read(get(d))) on_input=form.setter(name, move |d, v| write(put(d), v))
                    error=form.error(name) disabled/>
            }
        })
        .collect_view()
}
