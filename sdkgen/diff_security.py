"""Security of two API versions, from the client's side: can code configured with the credentials
the old API asked for still call each operation?

Requirements are alternatives (any one suffices), each a set of schemes needed together. An
operation breaks when some old alternative no longer satisfies any new one: the new one needs a
scheme the old one did not, or more OAuth scopes. A scheme keeps its identity through a rename
when its definition (kind, where the credential goes) is unchanged; the rename itself breaks only
when the generated client names the credential argument after the scheme, which it does when
several schemes take the same kind of credential (`orders_user_pool_token=` beside
`partner_token_authorizer_token=`, where a lone one is `token=`). A scheme whose definition
changed under the same name is reported once, at the scheme.
"""

from __future__ import annotations

from sdkgen.diff_model import Changes, Impact
from sdkgen.diff_operations import title
from sdkgen.ir import Api, Operation, SecurityKind, SecurityRequirement, SecurityScheme

Requirement = frozenset[tuple[str, frozenset[str]]]
# The kinds of credential a generated client takes one argument for (`token=` serves them all).
_TOKEN_KINDS = {
    SecurityKind.HTTP_BEARER,
    SecurityKind.OAUTH2,
    SecurityKind.OPENID_CONNECT,
    SecurityKind.AWS_COGNITO,
    SecurityKind.AWS_CUSTOM,
}


def argument_kind(scheme: SecurityScheme) -> str:
    return "token" if scheme.kind in _TOKEN_KINDS else scheme.kind.value


def credential(scheme: SecurityScheme) -> tuple[object, ...]:
    """What a client must hold and where it sends it; descriptions aside."""
    location = scheme.location.value if scheme.location else None
    return (scheme.kind.value, location, scheme.parameter_name, scheme.scheme)


class SecurityDiff:
    def __init__(self, changes: Changes) -> None:
        self.changes = changes
        self.renamed = self._schemes(changes.old, changes.new)

    def _schemes(self, old: Api, new: Api) -> dict[str, str]:
        """Compare the scheme definitions; returns old scheme name -> new scheme name."""
        new_by_name = {s.name: s for s in new.security_schemes}
        old_names = {s.name for s in old.security_schemes}
        renamed: dict[str, str] = {}
        for scheme in old.security_schemes:
            later = new_by_name.get(scheme.name)
            if later is not None:
                renamed[scheme.name] = scheme.name
                self._scheme(scheme, later)
                continue
            twins = [
                s
                for s in new.security_schemes
                if credential(s) == credential(scheme) and s.name not in old_names
            ]
            if len(twins) == 1:
                renamed[scheme.name] = twins[0].name
                self._renamed(scheme, twins[0])
            else:
                message = f"security scheme {scheme.name} was removed"
                pointer = self.changes.old_at.security_scheme(scheme.name)
                self.changes.add(
                    Impact.NON_BREAKING, "security-scheme-removed", message, pointer, None
                )
        known = set(renamed.values())
        for scheme in new.security_schemes:
            if scheme.name not in known:
                message = f"security scheme {scheme.name} was added"
                pointer = self.changes.new_at.security_scheme(scheme.name)
                self.changes.add(
                    Impact.NON_BREAKING, "security-scheme-added", message, None, pointer
                )
        return renamed

    def _scheme(self, old: SecurityScheme, new: SecurityScheme) -> None:
        """One scheme kept under its name: a changed credential breaks the operations using it,
        reported once here."""
        pointers = (
            self.changes.old_at.security_scheme(old.name),
            self.changes.new_at.security_scheme(new.name),
        )
        if credential(old) != credential(new):
            used = old.name in _used_schemes(self.changes.old)
            self.changes.add(
                Impact.BREAKING if used else Impact.NON_BREAKING,
                "security-scheme-changed",
                f"security scheme {old.name} changed from {_show(old)} to {_show(new)}: "
                "clients send the old credential",
                *pointers,
            )
        elif old.description != new.description:
            message = f"security scheme {old.name}: description changed"
            self.changes.add(Impact.DOCS, "security-scheme-description-changed", message, *pointers)

    def _renamed(self, scheme: SecurityScheme, twin: SecurityScheme) -> None:
        old, new = self.changes.old, self.changes.new
        kind = argument_kind(scheme)
        named = scheme.kind is not SecurityKind.AWS_SIGV4 and any(  # SigV4 is aws_credentials=
            argument_kind(other) == kind and other.name not in (scheme.name, twin.name)
            for other in (*old.security_schemes, *new.security_schemes)
        )
        self.changes.add(
            Impact.BREAKING if named else Impact.NON_BREAKING,
            "security-scheme-renamed",
            f"security scheme {scheme.name} was renamed to {twin.name}; the credential is the "
            + (
                "same, but the client's argument for it is named after the scheme"
                if named
                else "same"
            ),
            self.changes.old_at.security_scheme(scheme.name),
            self.changes.new_at.security_scheme(twin.name),
        )

    def api_default(self) -> None:
        """The API-wide default, which applies to operations that declare none."""
        old, new = self.changes.old.security, self.changes.new.security
        old_pointer = self.changes.old_at.child("", "security")
        new_pointer = self.changes.new_at.child("", "security")
        self._compare("the API's default security", old, new, old_pointer, new_pointer)

    def operation(self, old: Operation, new: Operation) -> None:
        if old.security is None and new.security is None:
            return  # both follow the default, compared once by api_default
        self._compare(
            title(old),
            old.security if old.security is not None else self.changes.old.security,
            new.security if new.security is not None else self.changes.new.security,
            old.pointer,
            new.pointer,
        )

    def _compare(
        self,
        subject: str,
        old: tuple[SecurityRequirement, ...],
        new: tuple[SecurityRequirement, ...],
        old_pointer: str,
        new_pointer: str,
    ) -> None:
        before = [self._requirement(r, self.renamed) for r in old] or [frozenset()]
        after = [self._requirement(r, {}) for r in new] or [frozenset()]
        if set(before) == set(after):
            return
        unmet = [r for r in before if not any(_satisfies(r, n) for n in after)]
        if unmet:
            self.changes.add(
                Impact.BREAKING,
                "security-requirement-changed",
                f"{subject}: security changed from {_alternatives(old)} to {_alternatives(new)}; "
                "clients holding only the old credentials cannot call it",
                old_pointer,
                new_pointer,
            )
        else:
            self.changes.add(
                Impact.NON_BREAKING,
                "security-requirement-relaxed",
                f"{subject}: security changed from {_alternatives(old)} to {_alternatives(new)}; "
                "the old credentials still work",
                old_pointer,
                new_pointer,
            )

    @staticmethod
    def _requirement(requirement: SecurityRequirement, renamed: dict[str, str]) -> Requirement:
        return frozenset(
            (renamed.get(name, name), frozenset(scopes)) for name, scopes in requirement.schemes
        )


def _satisfies(held: Requirement, needed: Requirement) -> bool:
    """Credentials for the `held` alternative meet the `needed` one."""
    scopes = dict(held)
    return all(name in scopes and wanted <= scopes[name] for name, wanted in needed)


def _alternatives(requirements: tuple[SecurityRequirement, ...]) -> str:
    if not requirements:
        return "none"
    shown = []
    for requirement in requirements:
        names = [name + (f"[{','.join(s)}]" if s else "") for name, s in requirement.schemes]
        shown.append(" and ".join(names) or "none")
    return " or ".join(shown)


def _show(scheme: SecurityScheme) -> str:
    where = f" in {scheme.location.value} {scheme.parameter_name}" if scheme.location else ""
    return scheme.kind.value + where


def _used_schemes(api: Api) -> set[str]:
    requirements = [*api.security]
    for op in api.operations:
        requirements += op.security or ()
    return {name for requirement in requirements for name, _ in requirement.schemes}
