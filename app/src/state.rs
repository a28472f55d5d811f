//! Client-side session state shared by the shell and the pages.

use crate::error::AppError;
use crate::model::SessionInfo;
use crate::util::storage;
use leptos::prelude::*;

const SESSION_KEY: &str = "as.session";

#[derive(Clone, Copy)]
pub struct SessionCtx {
    pub session: RwSignal<Option<SessionInfo>>,
    /// False until the first answer (or failure) about the session.
    pub loaded: RwSignal<bool>,
    /// The last session check failed for lack of network: the shell shows cached data.
    pub offline: RwSignal<bool>,
}

impl SessionCtx {
    pub fn new() -> Self {
        SessionCtx {
            session: RwSignal::new(None),
            loaded: RwSignal::new(false),
            offline: RwSignal::new(false),
        }
    }

    pub fn load(self) {
        leptos::task::spawn_local(async move {
            match crate::api::current_session().await {
                Ok(s) => self.set(s),
                Err(AppError::Network) => {
                    crate::offline::connection::reached(false);
                    self.offline.set(true);
                    let cached: Option<SessionInfo> = storage::get_json(SESSION_KEY);
                    keep_scope(cached.as_ref());
                    apply_prefs(cached.as_ref());
                    self.session.set(cached);
                }
                Err(_) => self.set(None),
            }
            self.loaded.set(true);
        });
    }

    pub fn set(self, s: Option<SessionInfo>) {
        match &s {
            Some(info) => storage::set_json(SESSION_KEY, info),
            None => storage::clear_all(),
        }
        keep_scope(s.as_ref());
        self.offline.set(false);
        apply_prefs(s.as_ref());
        self.session.set(s);
    }
}

/// What the offline layer keeps belongs to this person and account.
fn keep_scope(s: Option<&SessionInfo>) {
    crate::offline::set_scope(
        s.map(|i| i.user_id.as_str()),
        s.map(|i| i.account_id.as_str()),
    );
}

/// The person's language, formats and theme take effect with their session: after sign-in,
/// at start-up and after a profile save (which reloads the session).
fn apply_prefs(s: Option<&SessionInfo>) {
    crate::util::format::set_prefs(s.map(|i| i.prefs.clone()));
    crate::util::apply_theme(s.map_or("system", |i| i.prefs.theme.as_str()));
    if let Some(lang) = s.and_then(|i| crate::i18n::Lang::parse(i.prefs.interface_language())) {
        crate::i18n::apply(lang);
    }
}

impl Default for SessionCtx {
    fn default() -> Self {
        Self::new()
    }
}

pub fn use_session() -> SessionCtx {
    expect_context::<SessionCtx>()
}
