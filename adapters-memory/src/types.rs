//! One name for the seven entity types an adapter instance stores, so the
//! internals need a single generic parameter instead of seven.

use better_auth_core::{
    MemoryAccount, MemoryInvitation, MemoryMember, MemoryOrganization, MemorySession, MemoryUser,
    MemoryVerification,
};

/// The seven entity types of a [`MemoryDatabaseAdapter`](crate::MemoryDatabaseAdapter),
/// implemented for every tuple of `Memory*` types; applications never
/// implement it themselves.
pub trait EntityTypes: 'static {
    type User: MemoryUser;
    type Session: MemorySession;
    type Account: MemoryAccount;
    type Organization: MemoryOrganization;
    type Member: MemoryMember;
    type Invitation: MemoryInvitation;
    type Verification: MemoryVerification;
}

impl<U, S, A, O, M, I, V> EntityTypes for (U, S, A, O, M, I, V)
where
    U: MemoryUser,
    S: MemorySession,
    A: MemoryAccount,
    O: MemoryOrganization,
    M: MemoryMember,
    I: MemoryInvitation,
    V: MemoryVerification,
{
    type User = U;
    type Session = S;
    type Account = A;
    type Organization = O;
    type Member = M;
    type Invitation = I;
    type Verification = V;
}
