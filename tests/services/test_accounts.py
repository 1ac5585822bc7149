"""Local accounts: argon2 hashes, one message for every failed login, the last secretary kept."""
import pytest
from argon2 import PasswordHasher
from sqlalchemy import func, select

from app.errors import NotFoundError, StateError, ValidationError
from app.models import Account
from app.services import accounts
from app.services.accounts import (authenticate, change_password, create_account, deactivate,
                                   has_accounts, list_accounts, reactivate, reset_password,
                                   set_role)


@pytest.fixture
def secretary(db):
    with db.session(actor="t") as s:
        return create_account(s, username="Dabir", display_name="مریم رضایی",
                              role="secretary", password="رمز-امن-۱۲")


def n_accounts(db):
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Account))


def test_create_and_login(db, secretary):
    assert secretary.username == "dabir" and secretary.role == "secretary" and secretary.active
    with db.session() as s:
        row = s.get(Account, secretary.id)
        assert row.password_hash.startswith("$argon2id$") and "رمز" not in row.password_hash
        assert authenticate(s, "  DABIR ", "رمز-امن-۱۲") == secretary
        assert has_accounts(s)


def test_no_accounts_at_first(db):
    with db.session() as s:
        assert not has_accounts(s) and list_accounts(s) == []


@pytest.mark.parametrize("username,password", [
    ("dabir", "wrong-password"), ("nobody", "رمز-امن-۱۲"), ("", ""), ("dabir", ""),
])
def test_bad_login_says_the_same_thing(db, secretary, username, password):
    with db.session() as s, pytest.raises(ValidationError) as err:
        authenticate(s, username, password)
    assert err.value.code == "account.bad_login"
    assert err.value.message() == "The user name or password is wrong."


def test_deactivated_account_cannot_log_in(db, secretary):
    with db.session(actor="t") as s:
        create_account(s, username="chair", display_name="حسن کریمی", role="chair",
                       password="123456")
        create_account(s, username="second", display_name="دبیر دوم", role="secretary",
                       password="abcdef")
        deactivate(s, secretary.id)
    with db.session() as s, pytest.raises(ValidationError) as err:
        authenticate(s, "dabir", "رمز-امن-۱۲")
    assert err.value.code == "account.bad_login"
    with db.session(actor="t") as s:
        reactivate(s, secretary.id)
        assert authenticate(s, "dabir", "رمز-امن-۱۲").active


def test_refusals_write_nothing(db, secretary):
    cases = [
        (dict(username="x", display_name="ایکس", role="viewer", password="12345"),
         {"password": "account.weak_password"}),
        (dict(username="", display_name="", role="king", password="123456"),
         {"username": "required", "display_name": "required", "role": "bad_choice"}),
        (dict(username="DABIR", display_name="تکراری", role="viewer", password="123456"),
         {"username": "account.name_taken"}),
    ]
    for data, expected in cases:
        with db.session(actor="t") as s, pytest.raises(ValidationError) as err:
            create_account(s, **data)
        assert {p.field: p.code for p in err.value.problems} == expected
        assert n_accounts(db) == 1
    with db.session(actor="t") as s, pytest.raises(ValidationError) as err:
        create_account(s, username="y", display_name="ی", role="viewer", password="1234")
    assert err.value.params == {"min": 6}


def test_change_password(db, secretary):
    with db.session(actor="t") as s, pytest.raises(ValidationError) as err:
        change_password(s, secretary.id, old_password="not-it", new_password="abc")
    assert {p.field: p.code for p in err.value.problems} == {
        "old_password": "account.wrong_password", "new_password": "account.weak_password"}
    with db.session(actor="t") as s:
        change_password(s, secretary.id, old_password="رمز-امن-۱۲", new_password="new-secret")
    with db.session() as s:
        assert authenticate(s, "dabir", "new-secret").id == secretary.id
        with pytest.raises(ValidationError):
            authenticate(s, "dabir", "رمز-امن-۱۲")


def test_reset_password(db, secretary):
    with db.session(actor="t") as s:
        viewer = create_account(s, username="viewer", display_name="ناظر", role="viewer",
                                password="first-pass")
        reset_password(s, viewer.id, new_password="second-pass")
        assert authenticate(s, "viewer", "second-pass").read_only
        with pytest.raises(ValidationError):
            reset_password(s, viewer.id, new_password="short")
        with pytest.raises(NotFoundError):
            reset_password(s, "no-such-id", new_password="long-enough")


def test_old_hash_is_rehashed_on_login(db, secretary):
    weak = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1).hash("رمز-امن-۱۲")
    with db.session(actor="t") as s:
        s.get(Account, secretary.id).password_hash = weak
    assert accounts.HASHER.check_needs_rehash(weak)
    with db.session(actor="t") as s:
        authenticate(s, "dabir", "رمز-امن-۱۲")
    with db.session() as s:
        stored = s.get(Account, secretary.id).password_hash
    assert stored != weak and not accounts.HASHER.check_needs_rehash(stored)
    with db.session() as s:
        assert authenticate(s, "dabir", "رمز-امن-۱۲").id == secretary.id


def test_a_garbage_hash_is_a_bad_login_not_a_crash(db, secretary):
    with db.session(actor="t") as s:
        s.get(Account, secretary.id).password_hash = "not-a-hash"
    with db.session() as s, pytest.raises(ValidationError) as err:
        authenticate(s, "dabir", "رمز-امن-۱۲")
    assert err.value.code == "account.bad_login"


def test_last_active_secretary_is_kept(db, secretary):
    with db.session(actor="t") as s:
        with pytest.raises(StateError) as err:
            deactivate(s, secretary.id)
        assert err.value.code == "account.last_secretary"
        with pytest.raises(StateError):
            set_role(s, secretary.id, "viewer")
        other = create_account(s, username="other", display_name="علی", role="secretary",
                               password="123456")
        assert not deactivate(s, secretary.id).active
        with pytest.raises(StateError):
            deactivate(s, other.id)
        assert set_role(s, secretary.id, "viewer").role == "viewer"


def test_list_in_persian_order_active_first(db, secretary):
    with db.session(actor="t") as s:
        for user, name in [("b", "بهرام"), ("a", "آرش"), ("p", "پرویز"), ("z", "ژاله")]:
            create_account(s, username=user, display_name=name, role="viewer",
                           password="123456")
        deactivate(s, s.scalar(select(Account.id).where(Account.username == "a")))
        names = [a.display_name for a in list_accounts(s)]
        active = [a.display_name for a in list_accounts(s, include_inactive=False)]
    assert names == ["بهرام", "پرویز", "ژاله", "مریم رضایی", "آرش"]
    assert active == names[:-1]
