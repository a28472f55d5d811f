//! A few IndexedDB calls as futures: one database, string keys, string values.

use js_sys::Promise;
use std::cell::RefCell;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbObjectStore, IdbOpenDbRequest, IdbRequest, IdbTransactionMode};

const NAME: &str = "account-settings";
/// What the server answered to reads, per person and account (`last_seen`).
pub const SEEN: &str = "seen";
/// Forms' unsaved entries (`drafts`).
pub const DRAFTS: &str = "drafts";

thread_local! {
    static DB: RefCell<Option<IdbDatabase>> = const { RefCell::new(None) };
}

/// The request's result once it succeeds.
async fn done(req: &IdbRequest) -> Result<JsValue, JsValue> {
    let target = req.clone();
    let promise = Promise::new(&mut |resolve, reject| {
        let r = target.clone();
        let ok = Closure::once_into_js(move || {
            let _ = resolve.call1(&JsValue::NULL, &r.result().unwrap_or(JsValue::UNDEFINED));
        });
        let failed = Closure::once_into_js(move || {
            let _ = reject.call0(&JsValue::NULL);
        });
        target.set_onsuccess(Some(ok.unchecked_ref()));
        target.set_onerror(Some(failed.unchecked_ref()));
    });
    JsFuture::from(promise).await
}

async fn open() -> Option<IdbDatabase> {
    if let Some(db) = DB.with(|d| d.borrow().clone()) {
        return Some(db);
    }
    let mut db = open_version(None).await?;
    // Someone else created the database without the stores (another version of this code, a
    // tool): a higher version runs the upgrade that adds them.
    if !db.object_store_names().contains(SEEN) || !db.object_store_names().contains(DRAFTS) {
        let next = db.version() as u32 + 1;
        db.close();
        db = open_version(Some(next)).await?;
    }
    DB.with(|d| *d.borrow_mut() = Some(db.clone()));
    Some(db)
}

/// Opens the current version (creating version 1 with the stores), or `version`.
async fn open_version(version: Option<u32>) -> Option<IdbDatabase> {
    let factory = web_sys::window()?.indexed_db().ok()??;
    let req: IdbOpenDbRequest = match version {
        Some(v) => factory.open_with_u32(NAME, v),
        None => factory.open(NAME),
    }
    .ok()?;
    let upgrade = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
        let db = e
            .target()
            .and_then(|t| t.dyn_into::<IdbOpenDbRequest>().ok())
            .and_then(|r| r.result().ok())
            .and_then(|r| r.dyn_into::<IdbDatabase>().ok());
        if let Some(db) = db {
            for store in [SEEN, DRAFTS] {
                if !db.object_store_names().contains(store) {
                    let _ = db.create_object_store(store);
                }
            }
        }
    });
    req.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
    let db: IdbDatabase = done(&req).await.ok()?.dyn_into().ok()?;
    drop(upgrade);
    Some(db)
}

async fn store(name: &str, mode: IdbTransactionMode) -> Option<IdbObjectStore> {
    let db = open().await?;
    db.transaction_with_str_and_mode(name, mode)
        .ok()?
        .object_store(name)
        .ok()
}

pub async fn get(name: &str, key: &str) -> Option<String> {
    let s = store(name, IdbTransactionMode::Readonly).await?;
    let req = s.get(&JsValue::from_str(key)).ok()?;
    done(&req).await.ok()?.as_string()
}

pub async fn put(name: &str, key: &str, value: &str) {
    if let Some(s) = store(name, IdbTransactionMode::Readwrite).await {
        if let Ok(req) = s.put_with_key(&JsValue::from_str(value), &JsValue::from_str(key)) {
            let _ = done(&req).await;
        }
    }
}

pub async fn delete(name: &str, key: &str) {
    if let Some(s) = store(name, IdbTransactionMode::Readwrite).await {
        if let Ok(req) = s.delete(&JsValue::from_str(key)) {
            let _ = done(&req).await;
        }
    }
}

/// Empties both stores (sign-out, an ended session, another person signing in).
pub async fn clear_all() {
    for name in [SEEN, DRAFTS] {
        if let Some(s) = store(name, IdbTransactionMode::Readwrite).await {
            if let Ok(req) = s.clear() {
                let _ = done(&req).await;
            }
        }
    }
}
