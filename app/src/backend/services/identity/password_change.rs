//! Changing one's password while signed in: the current password first (throttled like
//! sign-in), the new one through the same policy as everywhere else. The session making the
//! request stays; the others can be signed out with it, and unused reset links stop working
//! (they were asked for under the old password).

use crate::backend::clock::now_ms;
use crate::backend::crypto::hash_password;
use crate::backend::entities::{password_reset, session, user};
use crate::backend::services::audit;
use crate::backend::services::identity::person::{self, Me};
use crate::error::AppError;
use crate::validation::Password;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

pub async fn change(
    me: &Me<'_>,
    current_password: &str,
    new_password: &str,
    sign_out_others: bool,
) -> Result<(), AppError> {
    let u = person::reload(me.db, me.user_id).await?;
    person::confirm_password(me.db, &u, current_password, "current_password", me.client).await?;
    let new = Password::try_from(new_password).map_err(|e| AppError::field("new_password", e))?;
    if new.expose() == current_password {
        return Err(AppError::field(
            "new_password",
            "Choose a password different from the current one.",
        ));
    }
    let hash = hash_password(new.expose().to_string()).await?;
    let (tx, accounts) = person::begin(me.db, me.user_id, me.account_id).await?;
    let now = now_ms();
    let mut am: user::ActiveModel = u.clone().into();
    am.password_hash = Set(hash);
    am.updated_at = Set(now);
    am.update(&tx).await?;
    let signed_out = if sign_out_others {
        session::Entity::delete_many()
            .filter(session::Column::UserId.eq(me.user_id))
            .filter(session::Column::IdHash.ne(me.session_hash))
            .exec(&tx)
            .await?
            .rows_affected
    } else {
        0
    };
    password_reset::Entity::update_many()
        .col_expr(password_reset::Column::UsedAt, Expr::value(now))
        .filter(password_reset::Column::UserId.eq(me.user_id))
        .filter(password_reset::Column::UsedAt.is_null())
        .exec(&tx)
        .await?;
    let summary = if signed_out > 0 {
        format!("Changed the password and signed out {signed_out} other session(s)")
    } else {
        "Changed the password".to_string()
    };
    // Masked: the record says that the password changed, never what to.
    let changes = vec![audit::masked(
        "password",
        Some(String::new()),
        Some(String::new()),
    )];
    let entry = person::entry(&u, "auth.password.change", summary, changes);
    person::append_all(&tx, &accounts, &u, me.client, entry).await?;
    tx.commit().await?;
    Ok(())
}
