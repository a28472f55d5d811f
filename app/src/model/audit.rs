use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct AuditChange {
    pub field: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct AuditRecordDto {
    pub seq: i64,
    pub id: String,
    pub at: i64,
    pub actor_type: String,
    pub actor_id: String,
    pub actor_name: String,
    pub action: String,
    pub object_type: String,
    pub object_id: String,
    pub object_name: String,
    pub summary: String,
    pub changes: Vec<AuditChange>,
    pub ip: String,
    pub user_agent: String,
    /// The previous record's hash: with `hash`, lets anyone re-check the chain from an export.
    pub prev_hash: String,
    pub hash: String,
}

/// What to look for. Empty strings mean "any"; every filled field narrows the result.
/// Dates are `YYYY-MM-DD`, both ends included, in `tz` (UTC when empty).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditCriteria {
    #[serde(default)]
    pub from: String,
    #[serde(default)]
    pub to: String,
    /// A user or token: its id (`USR-…`, `TKN-…`) or part of its name.
    #[serde(default)]
    pub actor: String,
    /// An action (`users.membership.update`) or a prefix of one (`users`, `users.invitation`).
    #[serde(default)]
    pub action: String,
    #[serde(default)]
    pub object_type: String,
    #[serde(default)]
    pub object_id: String,
    #[serde(default)]
    pub ip: String,
    /// Free text searched in the summary.
    #[serde(default)]
    pub q: String,
    /// The IANA time zone `from` and `to` are days in; the page sends the person's.
    #[serde(default)]
    pub tz: String,
}

/// The URL parameters the criteria travel in, in one place for the page, its links and exports.
pub const CRITERIA_KEYS: [&str; 8] = [
    "from",
    "to",
    "actor",
    "action",
    "object_type",
    "object_id",
    "ip",
    "q",
];

impl AuditCriteria {
    pub fn from_pairs(get: impl Fn(&str) -> Option<String>) -> Self {
        let v = |k: &str| get(k).map(|s| s.trim().to_string()).unwrap_or_default();
        AuditCriteria {
            from: v("from"),
            to: v("to"),
            actor: v("actor"),
            action: v("action"),
            object_type: v("object_type"),
            object_id: v("object_id"),
            ip: v("ip"),
            q: v("q"),
            tz: v("tz"),
        }
    }

    pub fn values(&self) -> [(&'static str, &str); 8] {
        [
            ("from", &self.from),
            ("to", &self.to),
            ("actor", &self.actor),
            ("action", &self.action),
            ("object_type", &self.object_type),
            ("object_id", &self.object_id),
            ("ip", &self.ip),
            ("q", &self.q),
        ]
    }

    pub fn is_empty(&self) -> bool {
        self.values().iter().all(|(_, v)| v.trim().is_empty())
    }

    /// `key=value&…` for the filled criteria, percent-encoded; the zone only when there are
    /// days for it to apply to.
    pub fn to_query(&self) -> String {
        let dated = !self.from.trim().is_empty() || !self.to.trim().is_empty();
        self.values()
            .into_iter()
            .chain(dated.then_some(("tz", self.tz.as_str())))
            .filter(|(_, v)| !v.trim().is_empty())
            .map(|(k, v)| format!("{k}={}", crate::util::url_encode(v.trim())))
            .collect::<Vec<_>>()
            .join("&")
    }
}

/// Keyset position: newest first, `before` a sequence number means "older than", `after` means
/// "newer than" (for going back a page).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditFilter {
    pub limit: u64,
    pub before: Option<i64>,
    pub after: Option<i64>,
    #[serde(default)]
    pub criteria: AuditCriteria,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditPage {
    pub records: Vec<AuditRecordDto>,
    pub has_older: bool,
    pub has_newer: bool,
    /// Known cheaply only for the whole trail; filtered pages leave it out.
    pub total: Option<u64>,
}

/// The result of re-computing an account's hash chain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ChainReport {
    pub checked: u64,
    /// Id of the first record that does not match the chain, if any.
    pub first_broken: Option<String>,
    /// Why verification failed, in words.
    pub problem: Option<String>,
    /// Where verification started: after the latest retention purge, if any.
    pub starts_after_seq: i64,
    pub elapsed_ms: u64,
}

impl ChainReport {
    pub fn intact(&self) -> bool {
        self.first_broken.is_none() && self.problem.is_none()
    }
}

/// How long the account keeps audit records, and what retention has removed so far.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditRetention {
    pub days: Option<i64>,
    pub account_revision: i64,
    pub purged_total: i64,
    pub last_purge_at: Option<i64>,
}

/// Object types the trail records, with the words the page shows for them.
pub const OBJECT_TYPES: [(&str, &str); 12] = [
    ("account", "Account"),
    ("membership", "User (membership)"),
    ("user", "Person (sign-in identity)"),
    ("group", "Group"),
    ("api_token", "API token"),
    ("audit_trail", "Audit trail"),
    ("buyer", "Buyer"),
    ("licensee", "Licensee"),
    ("seller", "Seller"),
    ("notifications", "Notification settings"),
    ("plan", "Plan"),
    ("invoice", "Invoice"),
];

/// Every action the console records, for the filter's suggestions and for prefix filters.
pub const ACTIONS: [&str; 79] = [
    "access.permission.denied",
    "account.account.create",
    "account.account.disable",
    "account.account.enable",
    "account.account.set_modules",
    "account.account.update",
    "account.credentials.regenerate",
    "account.credentials.reveal",
    "account.logo.update",
    "account.two_step_policy.update",
    "api.auth.failed",
    "api_tokens.policy.update",
    "api_tokens.token.create",
    "api_tokens.token.delete",
    "api_tokens.token.disable",
    "api_tokens.token.enable",
    "api_tokens.token.rotate",
    "api_tokens.token.update",
    "audit.chain.verify",
    "audit.records.export",
    "audit.records.purge",
    "audit.retention.update",
    "auth.password.change",
    "auth.password.reset",
    "auth.profile.picture",
    "auth.profile.update",
    "auth.session.revoke",
    "auth.session.sign_in",
    "auth.session.sign_in_failed",
    "auth.session.sign_out",
    "auth.two_step.disable",
    "auth.two_step.enable",
    "auth.two_step.recovery_regenerate",
    "billing.card.update",
    "billing.contact.update",
    "billing.invoice.issue",
    "billing.invoice.paid",
    "billing.invoice.void",
    "billing.plan.assign",
    "billing.plan.downgrade",
    "billing.plan.downgrade_apply",
    "billing.plan.downgrade_cancel",
    "billing.plan.upgrade",
    "billing.tax_rate.set",
    "buyers.buyer.create",
    "buyers.buyer.disable",
    "buyers.buyer.enable",
    "buyers.buyer.logo",
    "buyers.buyer.update",
    "groups.group.create",
    "groups.group.delete",
    "groups.group.update",
    "licensees.licensee.create",
    "licensees.licensee.disable",
    "licensees.licensee.enable",
    "licensees.licensee.logo",
    "licensees.licensee.update",
    "notifications.category.update",
    "notifications.preferences.update",
    "notifications.settings.update",
    "operations.plan.create",
    "operations.plan.update",
    "sellers.seller.create",
    "sellers.seller.link",
    "sellers.seller.status",
    "users.invitation.accept",
    "users.invitation.create",
    "users.invitation.resend",
    "users.invitation.revoke",
    "users.membership.create",
    "users.membership.disable",
    "users.membership.enable",
    "users.membership.remove",
    "users.membership.two_step_reset",
    "users.membership.update",
    "users.user.block",
    "users.user.delete",
    "users.user.reset_password",
    "users.user.unblock",
];
