/*
 * aw_bm25: FTS5's bm25 ranking with a bounded cost, for the SQLite store.
 *
 * Why: FTS5's built-in bm25() computes each phrase's inverse document frequency by walking
 * the phrase's whole posting list (every matching row) on every query. armswatch ranks only
 * the newest RANK_CAP matches of a broad query, but that walk alone costs ~15 ms for a word in
 * a third of a million documents and ~300 ms for a phrase, whose positions must be checked in
 * every one of them. aw_bm25 is the same Okapi BM25 formula (k1 = 1.2, b = 0.75, per-column
 * weights as arguments, the same sign convention: lower is better) except that a phrase's
 * document frequency is counted exactly only up to SAMPLE matching rows; beyond, it is
 * estimated from how densely those first SAMPLE matches lie among the rowids (the store's
 * rowids are dense: one per document, never deleted). Scores equal bm25's whenever no phrase
 * matches more than SAMPLE rows (tests/test_store_fts5rank.py checks both).
 *
 * The function is registered on a Python sqlite3 connection by register(connection): the
 * connection object's first field is its sqlite3 handle (CPython's Modules/_sqlite/connection.h),
 * and FTS5 hands out its API through "SELECT fts5(?1)" with a bound pointer.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>
#include <string.h>
#include <sqlite3.h>

#define K1 1.2
#define B 0.75

static int sample_rows = 1000;

typedef struct {
    PyObject_HEAD
    sqlite3 *db;
} connection_head;

typedef struct {
    int n_phrase;
    double avgdl;
    double *idf;   /* n_phrase entries */
    double *freq;  /* n_phrase entries, reused per row */
} rank_data;

typedef struct {
    int n;
    sqlite3_int64 first, last;
} phrase_count;

static int count_row(const Fts5ExtensionApi *api, Fts5Context *fts, void *user) {
    phrase_count *c = (phrase_count *)user;
    sqlite3_int64 rowid = api->xRowid(fts);
    if (c->n == 0) c->first = rowid;
    c->last = rowid;
    c->n++;
    return c->n >= sample_rows ? SQLITE_DONE : SQLITE_OK;
}

static void free_rank_data(void *p) {
    rank_data *d = (rank_data *)p;
    if (d) {
        sqlite3_free(d->idf);
        sqlite3_free(d);
    }
}

/* The per-query part: average row length and each phrase's idf, computed on the first row. */
static int rank_data_for(const Fts5ExtensionApi *api, Fts5Context *fts, rank_data **out) {
    rank_data *d = (rank_data *)api->xGetAuxdata(fts, 0);
    if (d) {
        *out = d;
        return SQLITE_OK;
    }
    sqlite3_int64 n_row = 0, n_token = 0;
    int rc = api->xRowCount(fts, &n_row);
    if (rc == SQLITE_OK) rc = api->xColumnTotalSize(fts, -1, &n_token);
    if (rc != SQLITE_OK) return rc;
    int n_phrase = api->xPhraseCount(fts);
    d = sqlite3_malloc(sizeof(rank_data));
    if (!d) return SQLITE_NOMEM;
    d->n_phrase = n_phrase;
    d->avgdl = n_row > 0 ? (double)n_token / (double)n_row : 1.0;
    d->idf = sqlite3_malloc64(sizeof(double) * 2 * (n_phrase > 0 ? n_phrase : 1));
    if (!d->idf) {
        sqlite3_free(d);
        return SQLITE_NOMEM;
    }
    d->freq = d->idf + n_phrase;
    for (int i = 0; i < n_phrase; i++) {
        phrase_count c = {0, 0, 0};
        rc = api->xQueryPhrase(fts, i, &c, count_row);
        if (rc != SQLITE_OK) {
            free_rank_data(d);
            return rc;
        }
        double hits = c.n;
        if (c.n >= sample_rows && c.last > c.first) {
            /* sampled: the density of the first matches over the rowids they span */
            hits = (double)c.n * (double)n_row / (double)(c.last - c.first + 1);
            if (hits < c.n) hits = c.n;
            if (hits > n_row) hits = (double)n_row;
        }
        double idf = log((n_row - hits + 0.5) / (hits + 0.5));
        d->idf[i] = idf <= 0.0 ? 1e-6 : idf;
    }
    rc = api->xSetAuxdata(fts, d, free_rank_data);
    if (rc != SQLITE_OK) return rc; /* xSetAuxdata freed d */
    *out = d;
    return SQLITE_OK;
}

static void aw_bm25(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx,
                    int n_val, sqlite3_value **values) {
    rank_data *d = NULL;
    int rc = rank_data_for(api, fts, &d);
    int n_inst = 0, n_tok = 0;
    if (rc == SQLITE_OK) rc = api->xInstCount(fts, &n_inst);
    if (rc == SQLITE_OK) {
        memset(d->freq, 0, sizeof(double) * d->n_phrase);
        for (int i = 0; i < n_inst && rc == SQLITE_OK; i++) {
            int phrase, col, off;
            rc = api->xInst(fts, i, &phrase, &col, &off);
            if (rc == SQLITE_OK && phrase >= 0 && phrase < d->n_phrase)
                d->freq[phrase] += col < n_val ? sqlite3_value_double(values[col]) : 1.0;
        }
    }
    if (rc == SQLITE_OK) rc = api->xColumnSize(fts, -1, &n_tok);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(ctx, rc);
        return;
    }
    double score = 0.0, norm = K1 * (1 - B + B * (double)n_tok / d->avgdl);
    for (int i = 0; i < d->n_phrase; i++)
        score += d->idf[i] * (d->freq[i] * (K1 + 1)) / (d->freq[i] + norm);
    sqlite3_result_double(ctx, -1.0 * score);
}

static fts5_api *fts5_of(sqlite3 *db) {
    fts5_api *api = NULL;
    sqlite3_stmt *stmt = NULL;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, NULL) != SQLITE_OK) return NULL;
    sqlite3_bind_pointer(stmt, 1, (void *)&api, "fts5_api_ptr", NULL);
    sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    return api;
}

static PyObject *register_on(PyObject *self, PyObject *args) {
    PyObject *con, *sqlite_mod, *con_type;
    if (!PyArg_ParseTuple(args, "O", &con)) return NULL;
    sqlite_mod = PyImport_ImportModule("sqlite3");
    if (!sqlite_mod) return NULL;
    con_type = PyObject_GetAttrString(sqlite_mod, "Connection");
    Py_DECREF(sqlite_mod);
    if (!con_type) return NULL;
    int ok = PyObject_IsInstance(con, con_type);
    Py_DECREF(con_type);
    if (ok != 1) {
        if (ok == 0) PyErr_SetString(PyExc_TypeError, "register() takes an sqlite3.Connection");
        return NULL;
    }
    sqlite3 *db = ((connection_head *)con)->db;
    if (!db) {
        PyErr_SetString(PyExc_ValueError, "the connection is closed");
        return NULL;
    }
    fts5_api *api = fts5_of(db);
    if (!api || api->iVersion < 2) Py_RETURN_FALSE;
    if (api->xCreateFunction(api, "aw_bm25", NULL, aw_bm25, NULL) != SQLITE_OK) Py_RETURN_FALSE;
    Py_RETURN_TRUE;
}

static PyObject *set_sample(PyObject *self, PyObject *args) {
    int n;
    if (!PyArg_ParseTuple(args, "i", &n)) return NULL;
    if (n < 1) {
        PyErr_SetString(PyExc_ValueError, "the sample must be at least one row");
        return NULL;
    }
    int old = sample_rows;
    sample_rows = n;
    return PyLong_FromLong(old);
}

static PyObject *library_version(PyObject *self, PyObject *args) {
    return PyLong_FromLong(sqlite3_libversion_number());
}

static PyMethodDef methods[] = {
    {"register", register_on, METH_VARARGS,
     "register(connection) -> bool: add aw_bm25() to an sqlite3 connection's FTS5"},
    {"set_sample", set_sample, METH_VARARGS,
     "set_sample(rows) -> previous: rows counted per phrase before its frequency is estimated"},
    {"library_version", library_version, METH_NOARGS,
     "the SQLite library version number this module calls"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_fts5rank", NULL, -1, methods};

PyMODINIT_FUNC PyInit__fts5rank(void) { return PyModule_Create(&module); }
