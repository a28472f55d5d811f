//! Invitations: a membership in status Invited plus a link that lasts 7 days. Resending
//! replaces the link; only the newest link of a membership works. Link tokens are 256 random
//! bits, stored hashed (for look-up) and encrypted (so "copy link" can show them again).
//!
//! Security design:
//! - Inviting gives a role and groups, so it follows `permissions::grant`: nobody invites with
//!   a role or into a group they could not give, and "copy link" (which lets whoever reads it
//!   accept) is refused for an invitation the caller could not have made.
//! - A pending invitation gives the inviting account no power over the person's identity.
//! - An identity that exists (it has a password) is never changed by accepting: the person
//!   proves the password and only the membership changes. An identity without a password yet
//!   is claimed by whoever accepts first, so a link that was shown outside its e-mail
//!   (`link_shown`) cannot claim an identity that is also invited to another account: only
//!   the e-mailed link, which only the address's owner reads, can.
//! - Links start with `Config::link_base`, never with a request's Host header.

use crate::backend::clock::now_ms;
use crate::backend::crypto::{hash_password, random_token, sha256_hex, verify_password};
use crate::backend::entities::{account, invitation, membership, user};
use crate::backend::services::acting::Acting;
use crate::backend::services::audit::{self, AuditEntry, ClientInfo};
use crate::backend::services::mail::mail_queue::{self, OutgoingMail, To};
use crate::backend::services::mail::mail_recipients::language_of;
use crate::backend::services::{
    identity::sessions, identity::throttle, identity::users, mail::mail_text, people::grant_checks,
    people::groups,
};
use crate::backend::AppState;
use crate::error::AppError;
use crate::model::{Category, InvitationInfo, InviteOutcome};
use crate::permissions::Grantor;
use crate::validation::{check_new_identity, ValidInvite};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, Set,
};

pub const VALID_MS: i64 = 7 * 24 * 3600 * 1000;

fn link(state: &AppState, token: &str) -> String {
    format!("{}/accept-invitation?token={token}", state.config.link_base)
}

pub const LINK_BY_MAIL_ONLY: &str = "This address is also invited to another account, so its invitation link is only sent by e-mail.";
pub const SHOWN_LINK_CANNOT_CLAIM: &str = "This address is also invited to another account, so only the link in the invitation e-mail can set its password. Ask for a new invitation e-mail.";
pub const IDENTITY_EXISTS: &str =
    "This address already has a password here: enter it to accept the invitation.";

/// Memberships the identity has in accounts other than `account_id` (any status).
async fn elsewhere<C: ConnectionTrait>(
    conn: &C,
    user_id: &str,
    account_id: &str,
) -> Result<u64, AppError> {
    Ok(membership::Entity::find()
        .filter(membership::Column::UserId.eq(user_id))
        .filter(membership::Column::AccountId.ne(account_id))
        .count(conn)
        .await?)
}

/// Queues the invitation mail (User updates: always delivered); true when queued.
async fn queue_invitation(
    state: &AppState,
    account: &account::Model,
    invitee: &user::Model,
    inviter: &str,
    url: &str,
) -> bool {
    let lang = language_of(Some(invitee), Some(account));
    let text = mail_text::invitation(lang, inviter, &account.name, url);
    let mail = OutgoingMail {
        account_id: Some(account.id.clone()),
        category: Category::UserUpdates,
        to: To::User(invitee.id.clone()),
        subject: text.subject,
        body: text.body,
        language: lang,
    };
    match mail_queue::enqueue(state, mail).await {
        Ok(q) => q.status == "Queued",
        Err(e) => {
            tracing::error!(error = ?e, "could not queue an invitation e-mail");
            false
        }
    }
}

/// Issues a fresh link for a membership, replacing any earlier one.
async fn new_link<C: ConnectionTrait>(
    conn: &C,
    state: &AppState,
    m: &membership::Model,
    invited_by: &str,
) -> Result<String, AppError> {
    invitation::Entity::update_many()
        .col_expr(invitation::Column::Status, Expr::value("Replaced"))
        .filter(invitation::Column::MembershipId.eq(&m.id))
        .filter(invitation::Column::Status.eq("Pending"))
        .exec(conn)
        .await?;
    let token = random_token();
    let now = now_ms();
    invitation::ActiveModel {
        token_hash: Set(sha256_hex(&token)),
        membership_id: Set(m.id.clone()),
        account_id: Set(m.account_id.clone()),
        status: Set("Pending".into()),
        token_enc: Set(state.config.secret_key.encrypt(&token)?),
        expires_at: Set(now + VALID_MS),
        invited_by: Set(invited_by.into()),
        created_at: Set(now),
        link_shown: Set(false),
    }
    .insert(conn)
    .await?;
    let mut am: membership::ActiveModel = m.clone().into();
    am.invite_expires_at = Set(Some(now + VALID_MS));
    am.updated_at = Set(now);
    am.update(conn).await?;
    Ok(token)
}

pub async fn invite(
    state: &AppState,
    who: &Acting,
    valid: ValidInvite,
) -> Result<InviteOutcome, AppError> {
    let account_id = who.account_id.as_str();
    let (actor, client) = (&who.actor, &who.client);
    let db = &state.db;
    who.grantor.may_give_role(valid.role)?;
    grant_checks::groups(db, account_id, &who.grantor, &valid.group_ids).await?;
    let known = groups::list(db, account_id).await?;
    if valid
        .group_ids
        .iter()
        .any(|id| !known.iter().any(|g| &g.id == id))
    {
        return Err(AppError::field(
            "groups",
            "One of the chosen groups does not exist any more.",
        ));
    }
    let account = crate::backend::services::tenancy::accounts::find(db, account_id).await?;
    let mut out = InviteOutcome {
        invited: vec![],
        skipped: vec![],
        mail_failed: vec![],
    };
    for email in &valid.emails {
        let tx = audit::begin(db, account_id).await?;
        let existing = users::find_by_email(&tx, email.as_str()).await?;
        if let Some(u) = &existing {
            let m = membership::Entity::find()
                .filter(membership::Column::AccountId.eq(account_id))
                .filter(membership::Column::UserId.eq(&u.id))
                .one(&tx)
                .await?;
            if let Some(m) = m {
                let reason = if m.status == "Invited" {
                    "already invited: resend the invitation from the list instead"
                } else {
                    "already a member of this account"
                };
                out.skipped.push((email.to_string(), reason.into()));
                continue;
            }
        }
        if let Err(e) =
            crate::backend::services::billing::seats::check_room(&tx, account_id, 1).await
        {
            // Nothing invited yet: the refusal, with the plan's limit, is the answer.
            if out.invited.is_empty() {
                return Err(e);
            }
            out.skipped.push((
                email.to_string(),
                "no seat left on the account's plan".into(),
            ));
            continue;
        }
        let u = match existing {
            Some(u) => u,
            None => {
                users::insert_user(
                    &tx,
                    email,
                    &valid.first_name,
                    &valid.last_name,
                    String::new(),
                )
                .await?
            }
        };
        let m = users::insert_membership(&tx, account_id, &u, valid.role, "Invited").await?;
        groups::set_members_groups(&tx, account_id, &m.id, &valid.group_ids).await?;
        let token = new_link(&tx, state, &m, &actor.name).await?;
        let group_names: Vec<String> = known
            .iter()
            .filter(|g| valid.group_ids.contains(&g.id))
            .map(|g| g.name.clone())
            .collect();
        audit::append(
            &tx,
            account_id,
            actor,
            client,
            AuditEntry {
                action: "users.invitation.create".into(),
                object_type: "membership".into(),
                object_id: m.id.clone(),
                object_name: u.email.clone(),
                summary: format!("Invited {} as {}", u.email, valid.role.as_str()),
                changes: vec![
                    audit::masked("role", None, Some(valid.role.as_str().into())),
                    audit::masked("groups", None, Some(group_names.join(", "))),
                ],
            },
        )
        .await?;
        tx.commit().await?;
        out.invited.push(u.email.clone());
        let url = link(state, &token);
        if !queue_invitation(state, &account, &u, &actor.name, &url).await {
            out.mail_failed.push(u.email.clone());
        }
    }
    Ok(out)
}

async fn invited_membership<C: ConnectionTrait>(
    conn: &C,
    account_id: &str,
    membership_id: &str,
) -> Result<(membership::Model, user::Model), AppError> {
    let (m, u) =
        crate::backend::services::people::membership_admin::target(conn, account_id, membership_id)
            .await?;
    if m.status != "Invited" {
        return Err(AppError::BadRequest(
            "This person has already accepted the invitation.".into(),
        ));
    }
    Ok((m, u))
}

/// A new link, valid 7 days again, queued for e-mail (true: queued). Also how an expired
/// invitation is renewed. Nobody sees the link but the invitee, so anyone who may resend
/// (Users edit, or an Agent) may resend any invitation.
pub async fn resend(state: &AppState, membership_id: &str, who: &Acting) -> Result<bool, AppError> {
    let account_id = who.account_id.as_str();
    who.grantor.may_resend_invitations()?;
    let (actor, client) = (&who.actor, &who.client);
    let tx = audit::begin(&state.db, account_id).await?;
    let (m, u) = invited_membership(&tx, account_id, membership_id).await?;
    let token = new_link(&tx, state, &m, &actor.name).await?;
    audit::append(
        &tx,
        account_id,
        actor,
        client,
        AuditEntry {
            action: "users.invitation.resend".into(),
            object_type: "membership".into(),
            object_id: m.id.clone(),
            object_name: u.email.clone(),
            summary: format!("Sent a new invitation link to {}", u.email),
            changes: vec![],
        },
    )
    .await?;
    tx.commit().await?;
    let account = crate::backend::services::tenancy::accounts::find(&state.db, account_id).await?;
    let url = link(state, &token);
    Ok(queue_invitation(state, &account, &u, &actor.name, &url).await)
}

/// The current link of a pending invitation, for "copy link": whoever reads it can accept, so
/// only someone who could have made the invitation sees it, and never for an address that
/// is also invited elsewhere and has no password yet (see the module docs).
pub async fn current_link(
    state: &AppState,
    account_id: &str,
    membership_id: &str,
    grantor: &Grantor,
) -> Result<String, AppError> {
    let (m, u) = invited_membership(&state.db, account_id, membership_id).await?;
    grant_checks::member(&state.db, grantor, &m).await?;
    if u.password_hash.is_empty() && elsewhere(&state.db, &u.id, account_id).await? > 0 {
        return Err(AppError::BadRequest(LINK_BY_MAIL_ONLY.into()));
    }
    let inv = invitation::Entity::find()
        .filter(invitation::Column::MembershipId.eq(&m.id))
        .filter(invitation::Column::Status.eq("Pending"))
        .order_by_desc(invitation::Column::CreatedAt)
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    if inv.expires_at < now_ms() {
        return Err(AppError::BadRequest(
            "This invitation has expired. Send a new one.".into(),
        ));
    }
    if !inv.link_shown {
        let mut am: invitation::ActiveModel = inv.clone().into();
        am.link_shown = Set(true);
        am.update(&state.db).await?;
    }
    Ok(link(
        state,
        &state.config.secret_key.decrypt(&inv.token_enc)?,
    ))
}

pub async fn revoke(state: &AppState, membership_id: &str, who: &Acting) -> Result<(), AppError> {
    let account_id = who.account_id.as_str();
    let (actor, client) = (&who.actor, &who.client);
    let tx = audit::begin(&state.db, account_id).await?;
    let (m, u) = invited_membership(&tx, account_id, membership_id).await?;
    grant_checks::member(&tx, &who.grantor, &m).await?;
    crate::backend::services::people::membership_admin::delete_membership(&tx, &m.id).await?;
    audit::append(
        &tx,
        account_id,
        actor,
        client,
        AuditEntry {
            action: "users.invitation.revoke".into(),
            object_type: "membership".into(),
            object_id: m.id.clone(),
            object_name: u.email.clone(),
            summary: format!("Revoked the invitation of {}", u.email),
            changes: vec![audit::masked("status", Some("Invited".into()), None)],
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

struct Valid {
    invitation: invitation::Model,
    membership: membership::Model,
    user: user::Model,
    account: account::Model,
}

/// Resolves a link, saying plainly why it no longer works.
async fn resolve<C: ConnectionTrait>(conn: &C, token: &str) -> Result<Valid, AppError> {
    let inv = invitation::Entity::find_by_id(sha256_hex(token))
        .one(conn)
        .await?
        .ok_or_else(|| {
            AppError::BadRequest(
                "This invitation link is not valid. Check that you copied all of it.".into(),
            )
        })?;
    match inv.status.as_str() {
        "Accepted" => {
            return Err(AppError::BadRequest(
                "This invitation has already been used. Sign in instead.".into(),
            ))
        }
        "Revoked" => {
            return Err(AppError::BadRequest(
                "This invitation was withdrawn by the account's administrators.".into(),
            ))
        }
        "Replaced" => {
            return Err(AppError::BadRequest(
                "A newer invitation was sent for this address; use the link in the latest e-mail."
                    .into(),
            ))
        }
        _ => {}
    }
    if inv.expires_at < now_ms() {
        return Err(AppError::BadRequest(format!(
            "This invitation has expired. Ask {} for a new one.",
            inv.invited_by
        )));
    }
    let m = membership::Entity::find_by_id(inv.membership_id.clone())
        .one(conn)
        .await?
        .ok_or(AppError::NotFound)?;
    let u = user::Entity::find_by_id(m.user_id.clone())
        .one(conn)
        .await?
        .ok_or(AppError::NotFound)?;
    let a = account::Entity::find_by_id(m.account_id.clone())
        .one(conn)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(Valid {
        invitation: inv,
        membership: m,
        user: u,
        account: a,
    })
}

pub async fn info(state: &AppState, token: &str) -> Result<InvitationInfo, AppError> {
    let v = resolve(&state.db, token).await?;
    Ok(InvitationInfo {
        account_name: v.account.name,
        inviter_name: v.invitation.invited_by,
        email: v.user.email.clone(),
        first_name: v.user.first_name.clone(),
        last_name: v.user.last_name.clone(),
        existing_identity: !v.user.password_hash.is_empty(),
    })
}

/// What the person accepting an invitation gives.
pub struct Invitee<'a> {
    pub first_name: &'a str,
    pub last_name: &'a str,
    pub password: &'a str,
    /// The person the request's live session belongs to, if any.
    pub signed_in: Option<&'a str>,
}

/// Accepts: a new identity sets names and password; a known one proves its password. Either
/// way the membership becomes Active and a session is returned (the invitee is signed in).
/// A known identity with two-step verification must already be signed in (which took the
/// code): the password alone never gives them a session.
pub async fn accept(
    state: &AppState,
    token: &str,
    who: &Invitee<'_>,
    client: &ClientInfo,
) -> Result<String, AppError> {
    let (first_name, last_name, password) = (who.first_name, who.last_name, who.password);
    let db = &state.db;
    let peek = resolve(db, token).await?;
    let existing = !peek.user.password_hash.is_empty();
    let mut new_hash = None;
    if existing {
        let keys = [
            throttle::email_key(&peek.user.email),
            throttle::ip_key(&client.ip),
        ];
        throttle::check(db, &keys, now_ms()).await?;
        if !verify_password(password.to_string(), peek.user.password_hash.clone()).await {
            throttle::record_failure(db, &keys[0], throttle::PER_EMAIL, now_ms()).await?;
            return Err(AppError::field(
                "password",
                format!("This is not the password of {}.", peek.user.email),
            ));
        }
        if peek.user.totp_secret_enc.is_some() && who.signed_in != Some(peek.user.id.as_str()) {
            return Err(AppError::BadRequest(format!(
                "{} uses two-step verification: sign in first, then open this link again.",
                peek.user.email
            )));
        }
    } else {
        check_new_identity(first_name, last_name, password).map_err(AppError::Validation)?;
        new_hash = Some(hash_password(password.to_string()).await?);
    }

    let tx = audit::begin(db, &peek.account.id).await?;
    // Re-read inside the lock: the link may have been used or revoked meanwhile, and the
    // identity may have got its password meanwhile (then this is no longer a new identity).
    let v = resolve(&tx, token).await?;
    if new_hash.is_some() {
        if !v.user.password_hash.is_empty() {
            return Err(AppError::field("password", IDENTITY_EXISTS));
        }
        if v.invitation.link_shown && elsewhere(&tx, &v.user.id, &v.account.id).await? > 0 {
            return Err(AppError::BadRequest(SHOWN_LINK_CANNOT_CLAIM.into()));
        }
    }
    let mut u = v.user.clone();
    if let Some(hash) = new_hash {
        let mut am: user::ActiveModel = v.user.clone().into();
        am.password_hash = Set(hash);
        am.first_name = Set(first_name.trim().into());
        am.last_name = Set(last_name.trim().into());
        am.updated_at = Set(now_ms());
        u = am.update(&tx).await?;
        users::sync_names(&tx, &u).await?;
    }
    let mut inv: invitation::ActiveModel = v.invitation.clone().into();
    inv.status = Set("Accepted".into());
    inv.update(&tx).await?;
    let mut mm: membership::ActiveModel = v.membership.clone().into();
    mm.status = Set("Active".into());
    mm.invite_expires_at = Set(None);
    mm.updated_at = Set(now_ms());
    mm.last_login_at = Set(Some(now_ms()));
    mm.update(&tx).await?;
    let session =
        sessions::create(&tx, &u.id, &v.account.id, &client.ip, &client.user_agent).await?;
    audit::append(
        &tx,
        &v.account.id,
        &crate::backend::services::identity::auth::actor_of(&u),
        client,
        AuditEntry {
            action: "users.invitation.accept".into(),
            object_type: "membership".into(),
            object_id: v.membership.id.clone(),
            object_name: u.email.clone(),
            summary: format!("{} accepted the invitation", u.email),
            changes: vec![audit::masked(
                "status",
                Some("Invited".into()),
                Some("Active".into()),
            )],
        },
    )
    .await?;
    tx.commit().await?;
    Ok(session)
}
