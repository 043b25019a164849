//! Organizations: round trip, the slug key, partial updates and deletes.

use better_auth_core::{
    AuthOrganization, AuthUser, CreateOrganization, DatabaseAdapter, EntityKind, UpdateOrganization,
};
use chrono::Duration;
use serde_json::json;

use crate::assert::{
    assert_conflict, assert_none, assert_not_found, assert_organization_eq,
    assert_organization_eq_except, assert_uuid_v4, found, ok,
};
use crate::Harness;

/// Builds an organization input with every column set.
fn full_organization(slug: &str) -> CreateOrganization {
    CreateOrganization {
        logo: Some("https://example.com/logo.svg".to_owned()),
        metadata: Some(json!({"billing": {"plan": "team"}, "seats": 25})),
        ..CreateOrganization::new("Acme Corporation", slug)
    }
}

/// Builds an organization input with a caller-chosen id.
fn organization_with_id(id: &str, slug: &str) -> CreateOrganization {
    CreateOrganization {
        id: Some(id.to_owned()),
        ..CreateOrganization::new(format!("Org {slug}"), slug)
    }
}

pub async fn round_trip<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let user = h.user("ada@example.com").await;
    let created = ok(
        db.create_organization(full_organization("acme")).await,
        "create_organization",
    );

    assert_eq!(created.name(), "Acme Corporation");
    assert_eq!(created.slug(), "acme");
    assert_eq!(created.logo(), Some("https://example.com/logo.svg"));
    assert_eq!(
        created.metadata(),
        &json!({"billing": {"plan": "team"}, "seats": 25})
    );
    assert_eq!(created.created_at(), h.now());
    assert_eq!(created.updated_at(), h.now());

    let by_id = found(
        db.get_organization_by_id(created.id()).await,
        "get_organization_by_id",
    );
    assert_organization_eq(&created, &by_id);
    let by_slug = found(
        db.get_organization_by_slug("acme").await,
        "get_organization_by_slug",
    );
    assert_organization_eq(&created, &by_slug);
    h.member(created.id(), user.id()).await;
    let listed = ok(
        db.list_user_organizations(user.id()).await,
        "list_user_organizations",
    );
    assert_eq!(
        listed.len(),
        1,
        "list_user_organizations returned the wrong number of rows"
    );
    assert_organization_eq(&created, &listed[0]);
}

pub async fn defaults<A: DatabaseAdapter>(h: Harness<A>) {
    let created = h.organization("plain").await;

    assert_eq!(
        created.metadata(),
        &json!({}),
        "metadata must default to {{}}"
    );
    assert_eq!(created.logo(), None);
    let read = found(
        h.adapter.get_organization_by_id(created.id()).await,
        "get_organization_by_id",
    );
    assert_organization_eq(&created, &read);
}

pub async fn generated_id<A: DatabaseAdapter>(h: Harness<A>) {
    let first = h.organization("first").await;
    let second = h.organization("second").await;

    assert_uuid_v4(first.id());
    assert_uuid_v4(second.id());
    assert_ne!(first.id(), second.id(), "two organizations got the same id");
}

pub async fn slug_conflict<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let original = h.organization("acme").await;

    let duplicate = organization_with_id("org-duplicate", "acme");
    let result = db.create_organization(duplicate).await;
    assert_conflict(result, EntityKind::Organization, "slug");

    assert_none(
        db.get_organization_by_id("org-duplicate").await,
        "get_organization_by_id(failed row)",
    );
    let kept = found(
        db.get_organization_by_slug("acme").await,
        "get_organization_by_slug",
    );
    assert_organization_eq(&original, &kept);
}

pub async fn slug_update<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let org = h.organization("acme").await;

    let update = UpdateOrganization {
        slug: Some("acme-labs".to_owned()),
        ..Default::default()
    };
    let updated = ok(
        db.update_organization(org.id(), update).await,
        "update_organization",
    );

    assert_eq!(updated.slug(), "acme-labs");
    let by_new = found(
        db.get_organization_by_slug("acme-labs").await,
        "get_by_slug(new)",
    );
    assert_organization_eq(&updated, &by_new);
    assert_none(
        db.get_organization_by_slug("acme").await,
        "get_by_slug(old)",
    );
    let reuse = db
        .create_organization(CreateOrganization::new("Acme", "acme"))
        .await;
    assert!(reuse.is_ok(), "the old slug was not freed: {reuse:?}");
}

pub async fn slug_update_conflict<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let acme = h.organization("acme").await;
    let globex = h.organization("globex").await;
    h.advance(Duration::seconds(1));

    // The name change must be rolled back with the conflicting slug.
    let update = UpdateOrganization {
        slug: Some("acme".to_owned()),
        name: Some("Globex Renamed".to_owned()),
        ..Default::default()
    };
    let result = db.update_organization(globex.id(), update).await;
    assert_conflict(result, EntityKind::Organization, "slug");

    let globex_now = found(
        db.get_organization_by_id(globex.id()).await,
        "get_by_id(globex)",
    );
    assert_organization_eq(&globex, &globex_now);
    let by_acme = found(
        db.get_organization_by_slug("acme").await,
        "get_by_slug(acme)",
    );
    assert_organization_eq(&acme, &by_acme);
    let by_globex = found(
        db.get_organization_by_slug("globex").await,
        "get_by_slug(globex)",
    );
    assert_eq!(by_globex.id(), globex.id());
}

pub async fn slug_exact<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let lower = h.organization("acme").await;

    let upper = db
        .create_organization(CreateOrganization::new("Acme", "Acme"))
        .await;
    assert!(upper.is_ok(), "slugs are compared as given, yet {upper:?}");
    assert_none(
        db.get_organization_by_slug("ACME").await,
        "get_by_slug(other case)",
    );
    let read = found(
        db.get_organization_by_slug("acme").await,
        "get_by_slug(acme)",
    );
    assert_eq!(read.id(), lower.id());
}

pub async fn id_conflict<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let original = ok(
        db.create_organization(organization_with_id("org-1", "acme"))
            .await,
        "create_organization",
    );

    let result = db
        .create_organization(organization_with_id("org-1", "globex"))
        .await;
    assert_conflict(result, EntityKind::Organization, "id");

    assert_none(
        db.get_organization_by_slug("globex").await,
        "get_by_slug(failed row)",
    );
    let kept = found(
        db.get_organization_by_id("org-1").await,
        "get_organization_by_id",
    );
    assert_organization_eq(&original, &kept);
}

pub async fn update_partial<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let before = ok(
        db.create_organization(full_organization("acme")).await,
        "create_organization",
    );
    h.advance(Duration::seconds(1));

    let update = UpdateOrganization {
        name: Some("Acme Incorporated".to_owned()),
        ..Default::default()
    };
    let updated = ok(
        db.update_organization(before.id(), update).await,
        "update_organization",
    );

    assert_eq!(updated.name(), "Acme Incorporated");
    assert_eq!(
        updated.updated_at(),
        h.now(),
        "updated_at did not move to now"
    );
    assert_organization_eq_except(&before, &updated, &["name", "updated_at"]);
    let read = found(
        db.get_organization_by_id(before.id()).await,
        "get_organization_by_id",
    );
    assert_organization_eq(&updated, &read);
}

pub async fn update_clears<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let before = ok(
        db.create_organization(full_organization("acme")).await,
        "create_organization",
    );

    let update = UpdateOrganization {
        logo: Some(None),
        metadata: Some(json!({})),
        ..Default::default()
    };
    let cleared = ok(
        db.update_organization(before.id(), update).await,
        "update_organization",
    );

    assert_eq!(cleared.logo(), None);
    assert_eq!(cleared.metadata(), &json!({}));
    assert_eq!(cleared.name(), before.name(), "name changed");
    let read = found(
        db.get_organization_by_slug("acme").await,
        "get_organization_by_slug",
    );
    assert_organization_eq(&cleared, &read);
}

pub async fn update_missing<A: DatabaseAdapter>(h: Harness<A>) {
    let update = UpdateOrganization {
        name: Some("Nobody".to_owned()),
        ..Default::default()
    };
    let result = h.adapter.update_organization("no-such-org", update).await;

    assert_not_found(result, EntityKind::Organization);
    let db = &h.adapter;
    assert_none(
        db.get_organization_by_id("no-such-org").await,
        "get_organization_by_id",
    );
    assert_none(
        db.get_organization_by_slug("no-such-org").await,
        "get_organization_by_slug",
    );
    let orgs = ok(
        db.list_user_organizations("no-such-user").await,
        "list_user_organizations",
    );
    assert!(orgs.is_empty(), "organizations listed for an unknown user");
}

pub async fn delete_twice<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let gone = h.organization("acme").await;
    let kept = h.organization("globex").await;

    ok(
        db.delete_organization(gone.id()).await,
        "delete_organization",
    );
    assert_none(
        db.get_organization_by_id(gone.id()).await,
        "get_by_id(deleted)",
    );
    assert_none(
        db.get_organization_by_slug("acme").await,
        "get_by_slug(deleted)",
    );
    ok(
        db.delete_organization(gone.id()).await,
        "delete_organization(again)",
    );
    ok(
        db.delete_organization("no-such-org").await,
        "delete_organization(unknown id)",
    );
    let read = found(
        db.get_organization_by_id(kept.id()).await,
        "get_by_id(kept)",
    );
    assert_organization_eq(&kept, &read);
}
