//! Drafts: what a person typed into a form, kept in IndexedDB as they type (debounced), under
//! the person, the account and the form's object, with the revision it was based on. It
//! survives a reload, a closed tab and being offline; nothing is sent by itself: restoring a
//! draft puts its entries and its revision back, so the server's revision check still catches
//! a change made meanwhile (then `ConflictChoice` compares field by field).
//!
//! The entries travel as their JSON (the same serde instances the server functions use), so
//! the machinery below exists once in the wasm, not once per form.

use super::fields::json_text;
use super::idb;
use leptos::prelude::*;
use serde::{de::DeserializeOwned, Serialize};
use std::marker::PhantomData;

const DEBOUNCE_MS: u32 = 400;

/// A kept draft: when it was last typed (ms), the revision it is based on, its entries (JSON).
#[derive(Debug, Clone, PartialEq)]
pub struct Kept {
    pub at: f64,
    pub revision: i64,
    pub json: String,
}

impl Kept {
    fn encode(&self) -> String {
        format!("{}\n{}\n{}", self.at, self.revision, self.json)
    }

    fn decode(raw: &str) -> Option<Kept> {
        let mut parts = raw.splitn(3, '\n');
        Some(Kept {
            at: parts.next()?.parse().ok()?,
            revision: parts.next()?.parse().ok()?,
            json: parts.next()?.to_string(),
        })
    }
}

/// One form's draft: the kept one on offer (Restore / Discard) and the writer.
pub struct Draft<T> {
    core: Core,
    _entries: PhantomData<fn() -> T>,
}

impl<T> Clone for Draft<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Draft<T> {}

#[derive(Clone, Copy)]
struct Core {
    key: StoredValue<Option<String>>,
    offer: RwSignal<Option<Kept>>,
    /// False until the kept draft (if any) has been looked up: nothing is written before.
    ready: RwSignal<bool>,
    /// The debounced write not yet made (dropping it cancels it).
    pending: StoredValue<Option<gloo_timers::callback::Timeout>, LocalStorage>,
}

fn full_key(form: &str) -> Option<String> {
    super::last_seen::scope().map(|s| format!("{s}|{form}"))
}

impl Core {
    fn keep(
        form: Signal<Option<String>>,
        current: Signal<String>,
        saved: Signal<Option<String>>,
        revision: Signal<i64>,
    ) -> Core {
        let core = Core {
            key: StoredValue::new(None),
            offer: RwSignal::new(None),
            ready: RwSignal::new(false),
            pending: StoredValue::new_local(None),
        };
        // Look the kept draft up once the form has its object.
        Effect::new(move |done: Option<bool>| {
            if done == Some(true) {
                return true;
            }
            let (Some(form), Some(saved)) = (form.get(), saved.get()) else {
                return false;
            };
            let key = full_key(&form);
            core.key.set_value(key.clone());
            leptos::task::spawn_local(async move {
                if let Some(key) = key {
                    match idb::get(idb::DRAFTS, &key)
                        .await
                        .as_deref()
                        .and_then(Kept::decode)
                    {
                        Some(k) if k.json != saved => core.offer.set(Some(k)),
                        Some(_) => idb::delete(idb::DRAFTS, &key).await,
                        None => {}
                    }
                }
                core.ready.set(true);
            });
            true
        });
        // Write as typed, once the offer is answered; entries equal to the saved ones are none.
        Effect::new(move |_| {
            let json = current.get();
            if !core.ready.get() || core.offer.with(Option::is_some) {
                return;
            }
            let Some(key) = core.key.get_value() else {
                return;
            };
            let unchanged = saved.with_untracked(|s| s.as_deref() == Some(json.as_str()));
            let kept = Kept {
                at: js_sys::Date::now(),
                revision: revision.get_untracked(),
                json,
            };
            let timer = gloo_timers::callback::Timeout::new(DEBOUNCE_MS, move || {
                leptos::task::spawn_local(async move {
                    if unchanged {
                        idb::delete(idb::DRAFTS, &key).await;
                    } else {
                        idb::put(idb::DRAFTS, &key, &kept.encode()).await;
                    }
                });
            });
            core.pending.set_value(Some(timer));
        });
        core
    }

    fn discard(self) {
        self.offer.set(None);
        self.pending.set_value(None);
        if let Some(key) = self.key.get_value() {
            leptos::task::spawn_local(async move { idb::delete(idb::DRAFTS, &key).await });
        }
    }
}

impl<T> Draft<T>
where
    T: Clone + PartialEq + Serialize + DeserializeOwned + Send + Sync + 'static,
{
    /// Keeps `draft` under `form` (for example `account` or `group:GRP-…`) once `saved` (the
    /// loaded values) is known; `revision` is the revision the entries are based on.
    pub fn keep(
        form: Signal<Option<String>>,
        draft: impl Into<Signal<T>>,
        saved: Signal<Option<T>>,
        revision: RwSignal<i64>,
    ) -> Self {
        let draft: Signal<T> = draft.into();
        let current = Signal::derive(move || draft.with(json_text));
        let saved = Signal::derive(move || saved.with(|s| s.as_ref().map(json_text)));
        Draft {
            core: Core::keep(form, current, saved, revision.into()),
            _entries: PhantomData,
        }
    }

    /// When the kept draft on offer was typed, if one is.
    pub fn offered_at(self) -> Option<f64> {
        self.core.offer.with(|o| o.as_ref().map(|k| k.at))
    }

    /// Puts the kept entries and their revision back into the form.
    pub fn restore(self, draft: RwSignal<T>, revision: RwSignal<i64>) {
        self.restore_with(move |value, rev| {
            revision.set(rev);
            draft.set(value);
        });
    }

    /// Hands the kept entries and their revision to `apply` (a wizard: its step and entries).
    pub fn restore_with(self, apply: impl FnOnce(T, i64)) {
        let kept = self.core.offer.get_untracked();
        if let Some(value) = kept
            .as_ref()
            .and_then(|k| serde_json::from_slice::<T>(k.json.as_bytes()).ok())
        {
            apply(value, kept.map_or(0, |k| k.revision));
        }
        self.core.offer.set(None);
    }

    /// Forgets the kept draft (Discard, or after a save).
    pub fn discard(self) {
        self.core.discard();
    }
}
