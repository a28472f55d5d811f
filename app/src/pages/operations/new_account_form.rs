use crate::components::{FormMessage, FormState, TextField};
use crate::i18n::{t, t_args};
use crate::model::NewClientAccount;
use crate::util::copy_to_clipboard;
use crate::validation::ClientAccountInput;
use leptos::prelude::*;
use leptos_router::components::A;

/// A new client account and the invitation of its first admin; the link is shown once.
#[component]
pub fn NewAccountForm(on_created: Callback<()>) -> impl IntoView {
    let form = FormState::new(ClientAccountInput::default(), |d: &ClientAccountInput| {
        d.validate().err().unwrap_or_default()
    });
    let created = RwSignal::new(None::<NewClientAccount>);
    let disabled = Signal::derive(move || form.busy.get());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if !form.ready() {
            return;
        }
        form.busy.set(true);
        leptos::task::spawn_local(async move {
            match crate::api::ops_create_account(form.draft.get_untracked()).await {
                Ok(out) => {
                    form.saved(
                        ClientAccountInput::default(),
                        t("operations-account-created"),
                    );
                    created.set(Some(out));
                    on_created.run(());
                }
                Err(e) => form.failed(e),
            }
            form.busy.set(false);
        });
    };
    view! {
        <form class="card form-grid" on:submit=save novalidate aria-labelledby="new-account-title">
            <h2 id="new-account-title" class="span-2">{t("operations-new-account")}</h2>
            <FormMessage message=form.message/>
            {move || created.get().map(|c| {
                let link = c.invitation_link.clone();
                view! {
                    <div class="alert alert-info span-2" role="status">
                        <p>{if c.mail_sent {
                            t_args("operations-invited-by-mail", &[("email", c.admin_email.clone())])
                        } else {
                            t_args("operations-invited-no-mail", &[("email", c.admin_email.clone())])
                        }}</p>
                        {(!link.is_empty()).then(|| { let shown = link.clone(); view! {
                            <p><span class="mono">{shown}</span>" "
                                <button type="button" class="btn btn-sm" on:click=move |_| { copy_to_clipboard(&link); }>{t("operations-copy-invitation")}</button></p>
                        }})}
                        <p><A href=format!("/operations/accounts/{}", c.account_id)>{t("operations-open-account")}</A></p>
                    </div>
                }
            })}
            <TextField label=t("operations-account-name") name="name" required=true value=form.value(|d| d.name.clone())
                on_input=form.setter("name", |d, v| d.name = v) error=form.error("name") disabled/>
            <TextField label=t("operations-admin-email") name="admin_email" kind="email" required=true value=form.value(|d| d.admin_email.clone())
                on_input=form.setter("admin_email", |d, v| d.admin_email = v) error=form.error("admin_email") disabled/>
            <TextField label=t("operations-admin-first-name") name="admin_first_name" value=form.value(|d| d.admin_first_name.clone())
                on_input=form.setter("admin_first_name", |d, v| d.admin_first_name = v) error=form.error("admin_first_name") disabled/>
            <TextField label=t("operations-admin-last-name") name="admin_last_name" value=form.value(|d| d.admin_last_name.clone())
                on_input=form.setter("admin_last_name", |d, v| d.admin_last_name = v) error=form.error("admin_last_name") disabled/>
            <div class="form-actions span-2">
                <button type="submit" class="btn btn-primary" disabled=move || form.busy.get() || crate::offline::is_offline()>{t("operations-create-account")}</button>
            </div>
        </form>
    }
}
