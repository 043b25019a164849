//! Custom entity types for every entity kind, shared by the tests. Each
//! renames at least one standard field and adds custom fields with and
//! without defaults.

#![allow(dead_code)]

use better_auth::{
    AuthAccount, AuthInvitation, AuthMember, AuthOrganization, AuthSession, AuthUser,
    AuthVerification, InvitationStatus, MemoryAccount, MemoryInvitation, MemoryMember,
    MemoryOrganization, MemorySession, MemoryUser, MemoryVerification,
};
use chrono::{DateTime, TimeZone, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Fixed instant that makes rows built in tests compare equal.
pub fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2025, 1, 2, 3, 4, 5).unwrap()
}

#[derive(Clone, Debug, PartialEq, Serialize, AuthUser, MemoryUser)]
pub struct AppUser {
    pub id: String,
    pub email: Option<String>,
    #[auth(field = "name")]
    pub display_name: Option<String>,
    pub email_verified: bool,
    pub image: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub username: Option<String>,
    pub display_username: Option<String>,
    pub two_factor_enabled: bool,
    pub role: Option<String>,
    pub banned: bool,
    pub ban_reason: Option<String>,
    pub ban_expires: Option<DateTime<Utc>>,
    pub metadata: Value,
    #[auth(default = r#""free".to_string()"#)]
    pub plan: String,
    pub stripe_customer_id: Option<String>,
    #[auth(default = "1")]
    pub seats: u8,
    pub trial_ends_at: Option<DateTime<Utc>>,
    pub tags: Vec<String>,
    pub score: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize, AuthSession, MemorySession)]
pub struct AppSession {
    pub id: String,
    pub expires_at: DateTime<Utc>,
    #[serde(skip_serializing)]
    pub token: String,
    pub ip_address: Option<String>,
    pub user_agent: Option<String>,
    pub user_id: String,
    pub impersonated_by: Option<String>,
    pub active_organization_id: Option<String>,
    #[auth(field = "active")]
    pub is_active: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub device_id: Option<String>,
    #[auth(default = "true")]
    pub remember_me: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, AuthAccount, MemoryAccount)]
pub struct AppAccount {
    pub id: String,
    pub account_id: String,
    pub provider_id: String,
    pub user_id: String,
    #[serde(skip_serializing)]
    pub access_token: Option<String>,
    #[serde(skip_serializing)]
    pub refresh_token: Option<String>,
    #[serde(skip_serializing)]
    pub id_token: Option<String>,
    pub access_token_expires_at: Option<DateTime<Utc>>,
    pub refresh_token_expires_at: Option<DateTime<Utc>>,
    pub scope: Option<String>,
    #[serde(skip_serializing)]
    #[auth(field = "password")]
    pub password_hash: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    #[auth(default = r#"String::from("signup")"#)]
    pub linked_via: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, AuthOrganization, MemoryOrganization)]
pub struct AppOrganization {
    pub id: String,
    #[auth(field = "name")]
    pub title: String,
    pub slug: String,
    pub logo: Option<String>,
    pub metadata: Value,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub billing_email: Option<String>,
    #[auth(default = "10")]
    pub max_members: i32,
}

#[derive(Clone, Debug, PartialEq, Serialize, AuthMember, MemoryMember)]
pub struct AppMember {
    pub id: String,
    pub organization_id: String,
    pub user_id: String,
    #[auth(field = "role")]
    pub member_role: String,
    pub created_at: DateTime<Utc>,
    pub job_title: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, AuthInvitation, MemoryInvitation)]
pub struct AppInvitation {
    pub id: String,
    pub organization_id: String,
    pub email: String,
    pub role: String,
    #[auth(field = "status")]
    pub state: InvitationStatus,
    pub inviter_id: String,
    pub expires_at: DateTime<Utc>,
    pub created_at: DateTime<Utc>,
    pub message: Option<String>,
}

/// How a verification value reaches the user; stored as text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Channel {
    #[default]
    Email,
    Sms,
}

#[derive(Clone, Debug, PartialEq, Serialize, AuthVerification, MemoryVerification)]
pub struct AppVerification {
    pub id: String,
    pub identifier: String,
    #[serde(skip_serializing)]
    pub value: String,
    pub expires_at: DateTime<Utc>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    #[auth(field_type = "text")]
    pub channel: Channel,
    pub attempts: u32,
}
