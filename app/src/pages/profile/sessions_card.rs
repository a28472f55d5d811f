use crate::components::FormMessage;
use crate::i18n::{t, t_args};
use crate::model::SessionRow;
use crate::util::format_datetime;
use leptos::prelude::*;

/// Where the person is signed in, in every account; sign out any other session, or all.
#[component]
pub fn SessionsCard() -> impl IntoView {
    let rows = RwSignal::new(None::<Vec<SessionRow>>);
    let message = RwSignal::new(None::<(bool, String)>);
    let apply =
        move |r: Result<Vec<SessionRow>, crate::error::AppError>, done: &'static str| match r {
            Ok(list) => {
                rows.set(Some(list));
                if !done.is_empty() {
                    message.set(Some((true, done.into())));
                }
            }
            Err(e) => message.set(Some((false, e.to_string()))),
        };
    leptos::task::spawn_local(async move { apply(crate::api::list_sessions().await, "") });
    let others = move |_| {
        leptos::task::spawn_local(async move {
            apply(
                crate::api::sign_out_other_sessions().await,
                t("personal-signed-out-others"),
            )
        });
    };
    view! {
        <section class="card" aria-labelledby="sessions-title">
            <h2 id="sessions-title">{t("personal-sessions-title")}</h2>
            <FormMessage message/>
            <div class="table-wrap">
                <table class="data-table" aria-label=t("personal-sessions-title")>
                    <thead><tr><th scope="col">{t("personal-device")}</th><th scope="col">{t("personal-ip")}</th><th scope="col">{t("personal-signed-in")}</th>
                        <th scope="col">{t("personal-last-seen")}</th><th scope="col"><span class="visually-hidden">{t("common-actions")}</span></th></tr></thead>
                    <tbody>
                        {move || rows.get().unwrap_or_default().into_iter().map(|s| {
                            let handle = s.handle.clone();
                            let device = s.device.clone();
                            view! {
                                <tr>
                                    <td>{s.device.clone()}{s.current.then(|| view! { " " <span class="badge badge-green">{t("personal-this-session")}</span> })}</td>
                                    <td class="mono">{s.ip.clone()}</td>
                                    <td>{format_datetime(s.created_at)}</td>
                                    <td>{format_datetime(s.last_seen_at)}</td>
                                    <td>{(!s.current).then(|| view! {
                                        <button type="button" class="btn btn-sm" aria-label=t_args("personal-sign-out-aria", &[("device", device.clone())])
                                            on:click=move |_| {
                                                let h = handle.clone();
                                                leptos::task::spawn_local(async move { apply(crate::api::sign_out_session(h).await, t("personal-session-signed-out")) });
                                            }>{t("personal-sign-out")}</button>
                                    })}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <Show when=move || rows.with(|r| r.as_ref().is_some_and(|r| r.iter().any(|s| !s.current)))>
                <div class="form-actions"><button type="button" class="btn" on:click=others>{t("personal-sign-out-all")}</button></div>
            </Show>
        </section>
    }
}
