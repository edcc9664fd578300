"""Service administration commands: credentials, schema, and running the API and workers.

Mounted by the main CLI as ``docintake admin …`` (:data:`admin_app`), ``docintake serve``
(:func:`serve`) and ``docintake worker`` (:func:`worker`); also runnable on its own with
``python -m intake.admin_cli``.
"""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from intake import auth
from intake.records import Queue
from intake.settings import get_settings
from intake.store import CredentialKind, list_credentials, session_scope, upgrade_schema

admin_app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Administer the intake service: credentials and the case store's schema.",
)
_console = Console()


def _database_url(migrate: bool = True) -> str:
    url = get_settings().database_url
    if migrate:
        upgrade_schema(url)
    return url


@admin_app.command("create-credential")
def create_credential(
    kind: Annotated[CredentialKind, typer.Argument(help="staff or authority")],
    authority: Annotated[
        Queue | None,
        typer.Option(
            help="For kind=authority: einwohnermeldeamt, standesamt, "
            "strassenverkehrsamt or auslaenderbehoerde."
        ),
    ] = None,
    label: Annotated[str, typer.Option(help="Who holds it (shown in the listing).")] = "",
) -> None:
    """Create a credential and print its token once (only its hash is stored)."""
    try:
        with session_scope(_database_url()) as session:
            issued = auth.create_credential(
                session, kind, authority, label or f"{kind.value} {authority or ''}".strip()
            )
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from exc
    _console.print(f"credential id: {issued.id}", highlight=False)
    _console.print("token (shown once; send as 'Authorization: Bearer <token>'):")
    typer.echo(issued.token)


@admin_app.command("list-credentials")
def list_credentials_command() -> None:
    """List credentials (ids, kinds, authorities; never tokens)."""
    table = Table(title="Credentials")
    for column in ("id", "kind", "authority", "label", "created", "revoked"):
        table.add_column(column)
    with session_scope(_database_url()) as session:
        for row in list_credentials(session):
            table.add_row(
                row.id,
                row.kind.value,
                row.authority.value if row.authority else "-",
                row.label,
                f"{row.created_at:%Y-%m-%d %H:%M}",
                f"{row.revoked_at:%Y-%m-%d %H:%M}" if row.revoked_at else "-",
            )
    _console.print(table)


@admin_app.command("revoke-credential")
def revoke_credential(
    credential_id: Annotated[str, typer.Argument(help="The id from list-credentials.")],
) -> None:
    """Revoke a credential; requests with its token are refused from now on."""
    with session_scope(_database_url()) as session:
        found = auth.revoke_credential(session, credential_id)
    if not found:
        _console.print(f"no credential {credential_id}")
        raise typer.Exit(1)
    _console.print(f"revoked {credential_id}")


@admin_app.command("migrate")
def migrate() -> None:
    """Bring the case store's schema to the newest version (also done at start)."""
    url = _database_url(migrate=False)
    upgrade_schema(url)
    _console.print(f"schema up to date ({url.split(':', 1)[0]})")


@admin_app.command("sweep")
def sweep() -> None:
    """Re-queue documents whose job was lost or whose worker died (workers do this too)."""
    from intake.service import Dispatcher
    from intake.service import sweep as run_sweep

    settings = get_settings()
    upgrade_schema(settings.database_url)
    count = run_sweep(settings, Dispatcher(settings))
    _console.print(f"re-queued {count} document(s)")


def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    workers: Annotated[int, typer.Option(help="HTTP worker processes.")] = 1,
) -> None:
    """Run the HTTP API (uvicorn ``api:app``); migrates the schema at start."""
    import uvicorn

    uvicorn.run("api:app", host=host, port=port, workers=workers, proxy_headers=True)


def worker(
    burst: Annotated[bool, typer.Option(help="Stop when the queue is empty.")] = False,
    name: Annotated[str | None, typer.Option(help="Worker name (unique).")] = None,
) -> None:
    """Run one processing worker (rq) that also sweeps for lost documents."""
    import logging

    import worker as worker_module

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    worker_module.run_worker(burst=burst, name=name)


admin_app.command("serve")(serve)
admin_app.command("worker")(worker)

if __name__ == "__main__":
    admin_app()


@admin_app.command("purge-expired")
def purge_expired(
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="List what would be deleted; delete nothing.")
    ] = False,
) -> None:
    """Delete documents past their retention (per type: DOCINTAKE_RETENTION_DAYS).

    Safe from cron on any machine that mounts the originals folder, also several at once:
    each document is deleted once, by whichever run gets it first. Routed cases that their
    authority has not acknowledged are never purged.
    """
    from intake.retention import OriginalsFolderMissingError
    from intake.retention import purge_expired as purge

    settings = get_settings()
    _database_url()
    try:
        ids = purge(settings, dry_run=dry_run)
    except OriginalsFolderMissingError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(2) from exc
    verb = "would delete" if dry_run else "deleted"
    typer.echo(f"{verb} {len(ids)} document(s)")
    for document_id in ids:
        typer.echo(document_id)
