//! Data that crosses the wire between the server functions and the pages.

mod account;
mod audit;
mod billing;
mod groups;
mod lists;
mod notifications;
mod operations;
mod personal;
mod profile;
mod session;
mod tokens;
mod trading;
mod users;

pub use account::{AccountDto, Credentials};
pub use audit::{
    AuditChange, AuditCriteria, AuditFilter, AuditPage, AuditRecordDto, AuditRetention,
    ChainReport, ACTIONS, CRITERIA_KEYS, OBJECT_TYPES,
};
pub use billing::{
    BillingAdminView, BillingOverview, Currency, InvoiceDto, InvoiceLineDto, InvoiceStatus, Metric,
    MetricUsage, Money, PlanDto, PlanPrice, PlanStatus, UsageDay, UsageSeries,
};
pub use groups::{BuyersScope, GroupDto, GroupMember};
pub use lists::{ListPage, ListParams, Stamp, COUNT_CAP};
pub use notifications::{
    Category, CategoryRow, LinkPrefs, MessageDetails, MessagePage, MessageQuery, MessageRow,
    NotificationSettings, PrefRow, RecipientRef,
};
pub use operations::{
    IdentityDto, IdentityMembership, IdentityStatus, NewClientAccount, OpsAccountDetails,
    OpsAccountRow, OpsSellerRow,
};
pub use personal::{RecoveryCodes, SessionRow, SignInResult, TwoStepSetup, TwoStepStatus};
pub use profile::{DisplayPrefs, Profile, TwoStepPolicy};
pub use session::{MembershipSummary, SessionInfo};
pub use tokens::{
    NewToken, TokenDto, TokenFilter, TokenPolicy, TokenStatusChange, TokenUpdate, TokensPage,
};
pub use trading::status_class;
pub use trading::{
    AddressDto, BuyerDto, BuyerStatus, ContactDto, DisabledBy, LicenseeDto, LicenseeStatus, Named,
    SellerDto, SellerStatus,
};
pub use users::{
    GroupChoice, GroupRef, InvitationInfo, InviteOutcome, MemberRow, UserFilter, UsersPage,
};
