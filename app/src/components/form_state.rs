//! The state every form keeps: what is typed, which fields were touched, the errors of the
//! shared validation (shown once a field is touched or the form submitted) and the server's
//! field errors (shown until the field is edited again). A failed save keeps the draft.

use crate::error::{AppError, FieldErrors};
use leptos::prelude::*;
use std::collections::BTreeSet;

pub struct FormState<T: Send + Sync + 'static> {
    pub draft: RwSignal<T>,
    pub touched: RwSignal<BTreeSet<&'static str>>,
    pub submitted: RwSignal<bool>,
    pub server_errors: RwSignal<FieldErrors>,
    pub client_errors: Memo<FieldErrors>,
    pub busy: RwSignal<bool>,
    /// (success, text) of the last save.
    pub message: RwSignal<Option<(bool, String)>>,
}

impl<T: Send + Sync + 'static> Clone for FormState<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Send + Sync + 'static> Copy for FormState<T> {}

/// In English, like the server's sentences: `FormMessage` shows it through `t_msg`.
pub const NEEDS_ATTENTION: &str = "Some fields need your attention; nothing was saved.";

impl<T: Clone + Send + Sync + 'static> FormState<T> {
    pub fn new(initial: T, check: fn(&T) -> FieldErrors) -> Self {
        let draft = RwSignal::new(initial);
        FormState {
            draft,
            touched: RwSignal::new(BTreeSet::new()),
            submitted: RwSignal::new(false),
            server_errors: RwSignal::new(FieldErrors::new()),
            client_errors: Memo::new(move |_| draft.with(check)),
            busy: RwSignal::new(false),
            message: RwSignal::new(None),
        }
    }

    /// The error to show on `name`, if any.
    pub fn error(self, name: &'static str) -> Signal<Option<String>> {
        Signal::derive(move || {
            let shown = self.submitted.get() || self.touched.with(|t| t.contains(name));
            shown
                .then(|| self.client_errors.with(|e| e.get(name).cloned()))
                .flatten()
                .or_else(|| self.server_errors.with(|e| e.get(name).cloned()))
        })
    }

    pub fn value(self, get: impl Fn(&T) -> String + Send + Sync + 'static) -> Signal<String> {
        Signal::derive(move || self.draft.with(&get))
    }

    pub fn setter(
        self,
        name: &'static str,
        put: impl Fn(&mut T, String) + Send + Sync + 'static,
    ) -> Callback<String> {
        Callback::new(move |v: String| {
            self.draft.update(|d| put(d, v));
            self.touched.update(|t| {
                t.insert(name);
            });
            self.server_errors.update(|e| {
                e.remove(name);
            });
        })
    }

    /// Marks the form submitted; true when the shared validation passes (else says so).
    pub fn ready(self) -> bool {
        self.submitted.set(true);
        self.message.set(None);
        let ok = self.client_errors.with(|e| e.is_empty());
        if !ok {
            self.message.set(Some((false, NEEDS_ATTENTION.to_string())));
        }
        ok && !self.busy.get_untracked()
    }

    /// Whether any of `fields` has an error now (a wizard step's fields).
    pub fn any_error(self, fields: &[&str]) -> bool {
        self.client_errors
            .with_untracked(|e| fields.iter().any(|f| e.contains_key(*f)))
    }

    /// Marks `fields` touched so their errors show (a wizard's Next).
    pub fn touch(self, fields: &[&'static str]) {
        self.touched.update(|t| t.extend(fields.iter().copied()));
    }

    /// After a failed save: field errors go to their fields, the rest is the message.
    pub fn failed(self, e: AppError) {
        match e {
            AppError::Validation(errors) => {
                self.server_errors.set(errors);
                self.message.set(Some((false, NEEDS_ATTENTION.to_string())));
            }
            e => self.message.set(Some((false, e.to_string()))),
        }
    }

    /// After a successful save: the saved value becomes the draft.
    pub fn saved(self, value: T, text: &str) {
        self.draft.set(value);
        self.submitted.set(false);
        self.touched.set(BTreeSet::new());
        self.server_errors.set(FieldErrors::new());
        self.message.set(Some((true, text.to_string())));
    }
}

/// The message line of a form, announced politely on success and assertively on failure.
#[component]
pub fn FormMessage(message: RwSignal<Option<(bool, String)>>) -> impl IntoView {
    move || {
        message.get().map(|(ok, text)| {
            view! {
                <div class=if ok { "alert alert-success span-2" } else { "alert alert-error span-2" }
                    role=if ok { "status" } else { "alert" }>{crate::i18n::t_msg(&text)}</div>
            }
        })
    }
}
