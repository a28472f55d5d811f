use crate::components::FormMessage;
use crate::model::SessionRow;
use crate::util::format_utc;
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
                "Signed out of every other session.",
            )
        });
    };
    view! {
        <section class="card" aria-labelledby="sessions-title">
            <h2 id="sessions-title">"Sessions"</h2>
            <FormMessage message/>
            <div class="table-wrap">
                <table class="data-table" aria-label="Sessions">
                    <thead><tr><th scope="col">"Device"</th><th scope="col">"IP address"</th><th scope="col">"Signed in"</th>
                        <th scope="col">"Last seen"</th><th scope="col"><span class="visually-hidden">"Actions"</span></th></tr></thead>
                    <tbody>
                        {move || rows.get().unwrap_or_default().into_iter().map(|s| {
                            let handle = s.handle.clone();
                            let device = s.device.clone();
                            view! {
                                <tr>
                                    <td>{s.device.clone()}{s.current.then(|| view! { " " <span class="badge badge-green">"This session"</span> })}</td>
                                    <td class="mono">{s.ip.clone()}</td>
                                    <td>{format_utc(s.created_at)}</td>
                                    <td>{format_utc(s.last_seen_at)}</td>
                                    <td>{(!s.current).then(|| view! {
                                        <button type="button" class="btn btn-sm" aria-label=format!("Sign out {device}")
                                            on:click=move |_| {
                                                let h = handle.clone();
                                                leptos::task::spawn_local(async move { apply(crate::api::sign_out_session(h).await, "Session signed out.") });
                                            }>"Sign out"</button>
                                    })}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <Show when=move || rows.with(|r| r.as_ref().is_some_and(|r| r.iter().any(|s| !s.current)))>
                <div class="form-actions"><button type="button" class="btn" on:click=others>"Sign out all other sessions"</button></div>
            </Show>
        </section>
    }
}
