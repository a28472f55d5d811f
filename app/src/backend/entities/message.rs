use sea_orm::entity::prelude::*;

/// One e-mail: the queue entry while it waits, then its line in the Messages log.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "messages")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    /// None for mails of no account (a password reset).
    pub account_id: Option<String>,
    /// The category's key.
    pub category: String,
    /// The e-mail address.
    pub recipient: String,
    pub user_id: Option<String>,
    /// The sender's display name (None: that of `MAIL_FROM`).
    pub sender_name: Option<String>,
    pub subject: String,
    /// The body, encrypted with the SecretKey (it may carry one-time links).
    pub body_enc: String,
    pub language: String,
    /// Queued, Sent, Failed or Discarded.
    pub status: String,
    pub status_reason: Option<String>,
    pub attempts: i32,
    pub next_attempt_at: i64,
    /// While a worker holds the message; an expired lease may be taken over.
    pub lease_until: Option<i64>,
    pub lease_holder: Option<String>,
    pub created_at: i64,
    pub sent_at: Option<i64>,
    /// Rendered when sent: `invoice:<number>` attaches that invoice's PDF.
    pub attachment: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
