-- Drives `dejargon lsp` from headless Neovim (0.7 or later), the way a
-- writer's editor does, and fails loudly when what the editor shows
-- differs from `dejargon check --format json` on the same text.
-- Run by .ci/lsp-check, which sets DEJARGON (the binary) and FIXTURES
-- (the folder holding the files to open).
local bin = assert(os.getenv('DEJARGON'), 'DEJARGON is not set')
local dir = assert(os.getenv('FIXTURES'), 'FIXTURES is not set')
local failures = 0

local function say(msg)
  io.stdout:write(msg .. '\n')
  io.stdout:flush()
end

local function fail(msg)
  failures = failures + 1
  say('FAIL: ' .. msg)
end

local function finish()
  if failures > 0 then
    say(failures .. ' failure(s)')
    vim.cmd('cquit! 1')
  end
  say('lsp-check: all passed')
  vim.cmd('qall!')
end

-- Any error in the script fails the check instead of hanging Neovim.
local function guard(fn)
  local ok, err = xpcall(fn, debug.traceback)
  if not ok then
    fail(tostring(err))
    failures = math.max(failures, 1)
    say(failures .. ' failure(s)')
    vim.cmd('cquit! 1')
  end
end

-- The version of each buffer's last published diagnostics, by URI.
local published = {}
-- The diagnostics as the server sent them, by URI: Neovim 0.7 keeps no
-- LSP range on its own diagnostics.
local raw = {}
local default_publish = vim.lsp.handlers['textDocument/publishDiagnostics']
local exited

guard(function()
  local client_id = vim.lsp.start_client({
    name = 'dejargon',
    cmd = { bin, 'lsp' },
    root_dir = dir,
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
        default_publish(err, result, ctx, config)
        raw[result.uri] = result.diagnostics
        published[result.uri] = result.version or -1
      end,
    },
    on_exit = function(code, signal)
      exited = { code = code, signal = signal }
    end,
  })
  assert(client_id, 'dejargon lsp did not start')

  local function client()
    return vim.lsp.get_client_by_id(client_id)
  end

  -- The text Neovim sends the server: the lines joined by the buffer's
  -- line ending, with a final one when the file has it.
  local function buffer_text(bufnr)
    local eol = ({ unix = '\n', dos = '\r\n', mac = '\r' })[vim.bo[bufnr].fileformat]
    local text = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), eol)
    if vim.bo[bufnr].eol then
      text = text .. eol
    end
    return text
  end

  local function wait_diagnostics(bufnr, what)
    local uri = vim.uri_from_bufnr(bufnr)
    local ok = vim.wait(15000, function()
      return published[uri] ~= nil and published[uri] == vim.lsp.util.buf_versions[bufnr]
    end, 20)
    if not ok then
      error(string.format('%s: no diagnostics for version %s (last published %s)', what,
        tostring(vim.lsp.util.buf_versions[bufnr]), tostring(published[uri])))
    end
  end

  local function diagnostics(bufnr)
    local ds = vim.diagnostic.get(bufnr, { namespace = vim.lsp.diagnostic.get_namespace(client_id) })
    table.sort(ds, function(a, b)
      if a.lnum ~= b.lnum then return a.lnum < b.lnum end
      if a.col ~= b.col then return a.col < b.col end
      if a.end_lnum ~= b.end_lnum then return a.end_lnum > b.end_lnum end
      if a.end_col ~= b.end_col then return a.end_col > b.end_col end
      return (a.code or '') < (b.code or '')
    end)
    return ds
  end

  -- check runs `dejargon check --format json` on the buffer's text and
  -- returns its findings, sorted as the diagnostics are, with their
  -- character columns turned into the byte columns Neovim uses.
  local function check(bufnr, path)
    local text = buffer_text(bufnr)
    local out = vim.fn.system({ bin, 'check', '--format', 'json', '--stdin-filename', path, '-' }, text)
    if vim.v.shell_error > 1 then
      error('dejargon check failed: ' .. out)
    end
    local report = vim.fn.json_decode(out)
    local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
    local function bytecol(line, column)
      return vim.str_byteindex(lines[line] or '', column - 1)
    end
    local fs = {}
    for _, f in ipairs(report.findings) do
      table.insert(fs, {
        lnum = f.line - 1,
        col = bytecol(f.line, f.column),
        end_lnum = f.end_line - 1,
        end_col = bytecol(f.end_line, f.end_column),
        code = f.rule,
        message = f.message,
      })
    end
    table.sort(fs, function(a, b)
      if a.lnum ~= b.lnum then return a.lnum < b.lnum end
      if a.col ~= b.col then return a.col < b.col end
      if a.end_lnum ~= b.end_lnum then return a.end_lnum > b.end_lnum end
      if a.end_col ~= b.end_col then return a.end_col > b.end_col end
      return a.code < b.code
    end)
    return fs
  end

  local function code_of(d)
    return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
  end

  -- compare fails on any difference between the editor's diagnostics and
  -- check's findings: rule, message and range, one by one.
  local function compare(bufnr, path, what)
    local failed = failures
    local got, want = diagnostics(bufnr), check(bufnr, path)
    if #want == 0 then
      fail(what .. ': check found nothing, so the comparison proves nothing')
    end
    if #got ~= #want then
      fail(string.format('%s: %d diagnostics in the editor, check finds %d', what, #got, #want))
    end
    for i = 1, math.min(#got, #want) do
      local g, w = got[i], want[i]
      if g.lnum ~= w.lnum or g.col ~= w.col or g.end_lnum ~= w.end_lnum or g.end_col ~= w.end_col
          or code_of(g) ~= w.code or g.message ~= w.message then
        fail(string.format('%s: diagnostic %d is %s %d:%d-%d:%d %q; check says %s %d:%d-%d:%d %q', what, i,
          tostring(code_of(g)), g.lnum, g.col, g.end_lnum, g.end_col, g.message,
          w.code, w.lnum, w.col, w.end_lnum, w.end_col, w.message))
      end
    end
    if failures == failed then
      say(string.format('%s: %d diagnostics, as check finds', what, #got))
    end
    return got
  end

  local function find(ds, code, needle)
    for _, d in ipairs(ds) do
      if code_of(d) == code and (needle == nil or d.message:find(needle, 1, true)) then
        return d
      end
    end
  end

  -- lsp_diagnostic is the server's diagnostic behind Neovim's d.
  local current_uri
  local function lsp_diagnostic(d)
    for _, r in ipairs(raw[current_uri] or {}) do
      if r.range.start.line == d.lnum and r.message == d.message and r.code == code_of(d) then
        return r
      end
    end
    error('no server diagnostic for ' .. vim.inspect(d))
  end

  local function lsp_range(d)
    return lsp_diagnostic(d).range
  end

  local function request(bufnr, method, params)
    local res, err = vim.lsp.buf_request_sync(bufnr, method, params, 10000)
    if not res or not res[client_id] then
      error(method .. ': no answer: ' .. tostring(err))
    end
    if res[client_id].err then
      error(method .. ': ' .. vim.inspect(res[client_id].err))
    end
    return res[client_id].result
  end

  local function code_actions(bufnr, d, only)
    local params = {
      textDocument = { uri = vim.uri_from_bufnr(bufnr) },
      range = d and lsp_range(d) or { start = { line = 0, character = 0 }, ['end'] = { line = 0, character = 0 } },
      context = { diagnostics = d and { lsp_diagnostic(d) } or {}, only = only },
    }
    return request(bufnr, 'textDocument/codeAction', params) or {}
  end

  local function apply(action)
    vim.lsp.util.apply_workspace_edit(action.edit, client().offset_encoding or 'utf-16')
  end

  local function open(name)
    local path = dir .. '/' .. name
    vim.cmd('edit ' .. vim.fn.fnameescape(path))
    local bufnr = vim.api.nvim_get_current_buf()
    current_uri = vim.uri_from_bufnr(bufnr)
    assert(vim.lsp.buf_attach_client(bufnr, client_id), 'could not attach to ' .. name)
    wait_diagnostics(bufnr, name)
    return bufnr, path
  end

  -- Every format: the diagnostics are check's findings.
  for _, name in ipairs({ 'announcement.txt', 'runbook.md', 'newsletter.html', 'reply.eml', 'crlf-emoji.txt' }) do
    local bufnr, path = open(name)
    compare(bufnr, path, name)
    vim.cmd('bwipeout!')
  end

  -- The walk-through on the README's example: hover, a quick fix, an
  -- edit, fix-all.
  local bufnr, path = open('announcement.txt')
  local ds = compare(bufnr, path, 'announcement.txt')

  local lev = find(ds, 'jargon', '"leverage"')
  if not lev then
    error('announcement.txt: no finding for "leverage"')
  end
  local hover = request(bufnr, 'textDocument/hover', {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    position = lsp_range(lev).start,
  })
  local value = hover and hover.contents and hover.contents.value or ''
  for _, want in ipairs({ 'leverage', '"use"', 'Checked for business readers' }) do
    if not value:find(want, 1, true) then
      fail('hover on "leverage" lacks ' .. want .. ': ' .. value)
    end
  end
  say('hover: ' .. value:gsub('\n', ' '))

  local sso = find(ds, 'acronym-undefined', 'SSO')
  hover = sso and request(bufnr, 'textDocument/hover', {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    position = lsp_range(sso).start,
  })
  if not (hover and hover.contents.value:find('single sign-on', 1, true)) then
    fail('hover on SSO does not spell it out: ' .. vim.inspect(hover))
  end

  local actions = code_actions(bufnr, lev)
  local quick
  for _, a in ipairs(actions) do
    if a.kind == 'quickfix' and a.isPreferred then
      quick = a
      break
    end
  end
  if not quick then
    error('no preferred quick fix for "leverage": ' .. vim.inspect(actions))
  end
  say('code action: ' .. quick.title)
  local before = vim.api.nvim_buf_get_lines(bufnr, lev.lnum, lev.lnum + 1, false)[1]
  apply(quick)
  local after = vim.api.nvim_buf_get_lines(bufnr, lev.lnum, lev.lnum + 1, false)[1]
  if after ~= before:gsub('will leverage', 'will use') then
    fail(string.format('quick fix: line is %q, was %q', after, before))
  end
  wait_diagnostics(bufnr, 'after the quick fix')
  ds = compare(bufnr, path, 'after the quick fix')
  if find(ds, 'jargon', '"leverage"') then
    fail('after the quick fix "leverage" is still reported')
  end

  -- Typing: a new line with a wordy phrase is reported once checked.
  local n = vim.api.nvim_buf_line_count(bufnr)
  vim.api.nvim_buf_set_lines(bufnr, n, n, false, { 'We will circle back in order to touch base.' })
  wait_diagnostics(bufnr, 'after typing')
  ds = compare(bufnr, path, 'after typing')
  if not find(ds, 'wordy', '"in order to"') then
    fail('the typed "in order to" is not reported')
  end

  -- Fix all leaves the text as `dejargon fix` does.
  local text = buffer_text(bufnr)
  local copy = dir .. '/fix-copy.txt'
  local f = assert(io.open(copy, 'wb'))
  f:write(text)
  f:close()
  vim.fn.system({ bin, 'fix', copy })
  if vim.v.shell_error ~= 0 then
    error('dejargon fix failed')
  end
  f = assert(io.open(copy, 'rb'))
  local fixed = f:read('*a')
  f:close()
  local all = code_actions(bufnr, nil, { 'source.fixAll' })
  if #all ~= 1 then
    error('fix all: ' .. vim.inspect(all))
  end
  apply(all[1])
  if buffer_text(bufnr) ~= fixed then
    fail('fix all differs from dejargon fix:\n' .. buffer_text(bufnr) .. '\n---\n' .. fixed)
  end
  wait_diagnostics(bufnr, 'after fix all')
  compare(bufnr, path, 'after fix all')

  -- Disabling a rule on a Markdown line silences it there.
  vim.cmd('bwipeout!')
  bufnr, path = open('runbook.md')
  ds = diagnostics(bufnr)
  local target = find(ds, 'jargon')
  local disable
  for _, a in ipairs(code_actions(bufnr, target)) do
    if a.title == 'Disable jargon for this line' then
      disable = a
    end
  end
  if not disable then
    error('no disable action in runbook.md')
  end
  apply(disable)
  wait_diagnostics(bufnr, 'after disabling')
  ds = compare(bufnr, path, 'after disabling')
  for _, d in ipairs(ds) do
    if d.lnum == target.lnum + 1 and code_of(d) == 'jargon' then
      fail('jargon still reported on the disabled line')
    end
  end

  vim.lsp.stop_client(client_id)
  if not vim.wait(10000, function() return exited ~= nil end, 20) then
    fail('the server did not exit after shutdown')
  elseif exited.code ~= 0 then
    fail('the server exited with status ' .. exited.code .. ' after shutdown and exit')
  end
  finish()
end)
