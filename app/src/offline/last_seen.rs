//! The read path's wrapper: a server-function client (`#[server(client = LastSeen)]` on every
//! read) that keeps each answer in IndexedDB under the person, the account, the function and
//! its arguments, and answers from there when the server cannot be reached.
//!
//! Only reads carry this client, and no read returns a secret (token secrets, passcodes,
//! recovery codes and invitation links come from mutations or from reads left without it).
//! The store is bounded: past `CAP_BYTES` the oldest answers go first.

use super::fields::json_text;
use super::{connection, idb};
use bytes::Bytes;
use futures::{Sink, Stream};
use send_wrapper::SendWrapper;
use server_fn::client::browser::BrowserClient;
use server_fn::client::Client;
use server_fn::error::{FromServerFnError, IntoAppError, ServerFnErrorErr};
use server_fn::request::browser::{BrowserFormData, BrowserRequest};
use server_fn::request::ClientReq;
use server_fn::response::ClientRes;
use std::cell::RefCell;
use std::future::Future;

/// What the store may hold in all, in bytes of the kept answers.
pub const CAP_BYTES: usize = 4 * 1024 * 1024;
/// The error text that tells `AppError` a read was never seen on this device.
pub const UNSEEN: &str = "offline: not seen on this device";
const META: &str = "~meta";

thread_local! {
    /// `user|account` of the session, or None before one is known (nothing is kept then).
    static SCOPE: RefCell<Option<String>> = const { RefCell::new(None) };
    /// (key, fetched at, bytes) of every kept answer, loaded from the store once.
    static INDEX: RefCell<Option<Vec<(String, f64, usize)>>> = const { RefCell::new(None) };
}

pub fn set_scope(scope: Option<String>) {
    SCOPE.with(|s| *s.borrow_mut() = scope);
}

pub fn scope() -> Option<String> {
    SCOPE.with(|s| s.borrow().clone())
}

fn scoped(key: &str) -> Option<String> {
    SCOPE.with(|s| s.borrow().as_ref().map(|scope| format!("{scope}|{key}")))
}

/// An answer as kept: when it was fetched (ms) and its body, stored as `at\nbody`.
struct Kept {
    at: f64,
    body: String,
}

async fn index() -> Vec<(String, f64, usize)> {
    if let Some(i) = INDEX.with(|i| i.borrow().clone()) {
        return i;
    }
    let loaded: Vec<(String, f64, usize)> = idb::get(idb::SEEN, META)
        .await
        .and_then(|raw| serde_json::from_slice(raw.as_bytes()).ok())
        .unwrap_or_default();
    INDEX.with(|i| i.borrow_mut().get_or_insert(loaded).clone())
}

async fn remember(key: String, body: String) {
    let at = js_sys::Date::now();
    let value = format!("{at}\n{body}");
    let size = key.len() + value.len();
    let _ = index().await;
    // The index changes synchronously (one thread), so two answers arriving together cannot
    // lose each other's entry; IndexedDB runs the writes in the order they were made.
    let (dropped, snapshot) = INDEX.with(|i| {
        let mut i = i.borrow_mut();
        let entries = i.get_or_insert_with(Vec::new);
        entries.retain(|(k, _, _)| *k != key);
        entries.push((key.clone(), at, size));
        entries.sort_by(|a, b| a.1.total_cmp(&b.1));
        let mut total: usize = entries.iter().map(|e| e.2).sum();
        let mut dropped = Vec::new();
        while total > CAP_BYTES && entries.len() > 1 {
            let (k, _, s) = entries.remove(0);
            total -= s;
            dropped.push(k);
        }
        (dropped, json_text(&*entries))
    });
    idb::put(idb::SEEN, &key, &value).await;
    for k in dropped {
        idb::delete(idb::SEEN, &k).await;
    }
    idb::put(idb::SEEN, META, &snapshot).await;
}

async fn recall(key: &str) -> Option<Kept> {
    let raw = idb::get(idb::SEEN, key).await?;
    let (at, body) = raw.split_once('\n')?;
    Some(Kept {
        at: at.parse().ok()?,
        body: body.to_string(),
    })
}

/// Forgets everything kept on this device (both stores).
pub async fn forget_all() {
    INDEX.with(|i| *i.borrow_mut() = Some(Vec::new()));
    idb::clear_all().await;
}

/// A server function's request, with the key its answer is kept under (reads whose body is
/// text: the JSON codec's, sent as bytes, and plain text).
pub struct SeenReq {
    inner: BrowserRequest,
    key: Option<String>,
}

impl<E: FromServerFnError> ClientReq<E> for SeenReq {
    type FormData = BrowserFormData;

    fn try_new_req_query(
        path: &str,
        content_type: &str,
        accepts: &str,
        query: &str,
        method: http::Method,
    ) -> Result<Self, E> {
        let key = (method == http::Method::GET).then(|| format!("{path}?{query}"));
        let inner = <BrowserRequest as ClientReq<E>>::try_new_req_query(
            path,
            content_type,
            accepts,
            query,
            method,
        )?;
        Ok(SeenReq { inner, key })
    }

    fn try_new_req_text(
        path: &str,
        content_type: &str,
        accepts: &str,
        body: String,
        method: http::Method,
    ) -> Result<Self, E> {
        let key = Some(format!("{path}\n{body}"));
        let inner = <BrowserRequest as ClientReq<E>>::try_new_req_text(
            path,
            content_type,
            accepts,
            body,
            method,
        )?;
        Ok(SeenReq { inner, key })
    }

    fn try_new_req_bytes(
        path: &str,
        content_type: &str,
        accepts: &str,
        body: Bytes,
        method: http::Method,
    ) -> Result<Self, E> {
        // The JSON codec sends its text as bytes: the key is that text.
        let key = std::str::from_utf8(&body)
            .ok()
            .map(|text| format!("{path}\n{text}"));
        let inner = <BrowserRequest as ClientReq<E>>::try_new_req_bytes(
            path,
            content_type,
            accepts,
            body,
            method,
        )?;
        Ok(SeenReq { inner, key })
    }

    fn try_new_req_form_data(
        path: &str,
        accepts: &str,
        content_type: &str,
        body: Self::FormData,
        method: http::Method,
    ) -> Result<Self, E> {
        let inner = <BrowserRequest as ClientReq<E>>::try_new_req_form_data(
            path,
            accepts,
            content_type,
            body,
            method,
        )?;
        Ok(SeenReq { inner, key: None })
    }

    fn try_new_req_multipart(
        path: &str,
        accepts: &str,
        body: Self::FormData,
        method: http::Method,
    ) -> Result<Self, E> {
        let inner =
            <BrowserRequest as ClientReq<E>>::try_new_req_multipart(path, accepts, body, method)?;
        Ok(SeenReq { inner, key: None })
    }

    fn try_new_req_streaming(
        path: &str,
        accepts: &str,
        content_type: &str,
        body: impl Stream<Item = Bytes> + Send + 'static,
        method: http::Method,
    ) -> Result<Self, E> {
        let inner = <BrowserRequest as ClientReq<E>>::try_new_req_streaming(
            path,
            accepts,
            content_type,
            body,
            method,
        )?;
        Ok(SeenReq { inner, key: None })
    }
}

/// An answer, read whole: from the network or from what was kept.
pub struct SeenRes {
    status: u16,
    status_text: String,
    location: String,
    redirect: bool,
    body: String,
}

impl<E: FromServerFnError> ClientRes<E> for SeenRes {
    async fn try_into_string(self) -> Result<String, E> {
        Ok(self.body)
    }

    async fn try_into_bytes(self) -> Result<Bytes, E> {
        Ok(Bytes::from(self.body))
    }

    fn try_into_stream(
        self,
    ) -> Result<impl Stream<Item = Result<Bytes, Bytes>> + Send + 'static, E> {
        Ok(futures::stream::once(
            async move { Ok(Bytes::from(self.body)) },
        ))
    }

    fn status(&self) -> u16 {
        self.status
    }

    fn status_text(&self) -> String {
        self.status_text.clone()
    }

    fn location(&self) -> String {
        self.location.clone()
    }

    fn has_redirect(&self) -> bool {
        self.redirect
    }
}

/// The client of every read server function.
pub struct LastSeen;

impl<E, IS, OS> Client<E, IS, OS> for LastSeen
where
    E: FromServerFnError,
    IS: FromServerFnError,
    OS: FromServerFnError,
{
    type Request = SeenReq;
    type Response = SeenRes;

    fn send(req: Self::Request) -> impl Future<Output = Result<Self::Response, E>> + Send {
        SendWrapper::new(async move {
            let key = req.key.as_deref().and_then(scoped);
            match <BrowserClient as Client<E, IS, OS>>::send(req.inner).await {
                Ok(res) => {
                    connection::reached(true);
                    let status = ClientRes::<E>::status(&res);
                    let status_text = ClientRes::<E>::status_text(&res);
                    let location = ClientRes::<E>::location(&res);
                    let redirect = ClientRes::<E>::has_redirect(&res);
                    let body = ClientRes::<E>::try_into_string(res).await?;
                    if status == 200 {
                        connection::showing_kept(None);
                        if let Some(key) = key {
                            remember(key, body.clone()).await;
                        }
                    }
                    Ok(SeenRes {
                        status,
                        status_text,
                        location,
                        redirect,
                        body,
                    })
                }
                Err(e) => {
                    connection::reached(false);
                    let Some(key) = key else {
                        return Err(e);
                    };
                    match recall(&key).await {
                        Some(kept) => {
                            connection::showing_kept(Some(kept.at));
                            Ok(SeenRes {
                                status: 200,
                                status_text: "OK".into(),
                                location: String::new(),
                                redirect: false,
                                body: kept.body,
                            })
                        }
                        None => Err(ServerFnErrorErr::Request(UNSEEN.into()).into_app_error()),
                    }
                }
            }
        })
    }

    #[allow(clippy::type_complexity)]
    fn open_websocket(
        path: &str,
    ) -> impl Future<
        Output = Result<
            (
                impl Stream<Item = Result<Bytes, Bytes>> + Send + 'static,
                impl Sink<Bytes> + Send + 'static,
            ),
            E,
        >,
    > + Send {
        <BrowserClient as Client<E, IS, OS>>::open_websocket(path)
    }

    fn spawn(future: impl Future<Output = ()> + Send + 'static) {
        <BrowserClient as Client<E, IS, OS>>::spawn(future)
    }
}
