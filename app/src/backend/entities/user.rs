use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "users")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    #[sea_orm(unique)]
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    pub password_hash: String,
    /// Active, Blocked or Deleted: states of the global identity.
    pub status: String,
    pub created_at: i64,
    pub updated_at: i64,
    pub last_login_at: Option<i64>,
    /// Two-step verification: the confirmed TOTP secret, encrypted with the SecretKey.
    pub totp_secret_enc: Option<String>,
    /// A set-up begun but not confirmed yet (encrypted the same way).
    pub totp_pending_enc: Option<String>,
    pub totp_enabled_at: Option<i64>,
    /// The last accepted 30-second step; codes of that step or earlier are refused as replays.
    pub totp_last_step: Option<i64>,
    pub phone: String,
    /// Interface language; None follows the account's preferred language.
    pub language: Option<String>,
    /// IANA time zone; None follows the browser.
    pub timezone: Option<String>,
    /// "YYYY-MM-DD", "DD.MM.YYYY", "DD/MM/YYYY" or "MM/DD/YYYY"; None: the browser's.
    pub date_format: Option<String>,
    /// "24h" or "12h"; None: the browser's.
    pub time_format: Option<String>,
    /// "1,234.5", "1.234,5" or "1 234,5"; None: the browser's.
    pub number_format: Option<String>,
    /// "system", "light" or "dark".
    pub theme: String,
    /// When the picture (in `user_pictures`) was set; None: no picture.
    pub picture_at: Option<i64>,
    /// Bumped by every profile save, for the form's conflict check.
    pub profile_revision: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
