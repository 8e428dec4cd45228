-- Runs after the README's Neovim 0.7 setup (loaded as init.lua) on the
-- README's example: underlines as many as check finds, a hover on K's
-- handler and a quick fix for "leverage". Run by .ci/lsp-check.
local want = tonumber(os.getenv('WANT_FINDINGS'))

local function fail(msg)
  io.stdout:write('FAIL: README setup: ' .. msg .. '\n')
  vim.cmd('cquit! 1')
end

local ok, err = pcall(function()
  if not vim.wait(15000, function() return #vim.diagnostic.get(0) == want end, 20) then
    fail(string.format('%d underlines, check finds %d', #vim.diagnostic.get(0), want))
  end
  if vim.fn.maparg('K', 'n') == '' then
    fail('K is not mapped')
  end
  vim.fn.search('leverage')
  local params = vim.lsp.util.make_position_params()
  local hover = vim.lsp.buf_request_sync(0, 'textDocument/hover', params, 10000)
  local text = ''
  for _, r in pairs(hover or {}) do
    text = text .. (r.result and r.result.contents.value or '')
  end
  if not text:find('"use"', 1, true) then
    fail('hover on leverage: ' .. text)
  end
  local range = vim.lsp.util.make_range_params()
  range.context = { diagnostics = {} }
  local actions = vim.lsp.buf_request_sync(0, 'textDocument/codeAction', range, 10000)
  local titles = {}
  for _, r in pairs(actions or {}) do
    for _, a in ipairs(r.result or {}) do
      table.insert(titles, a.title)
    end
  end
  if not table.concat(titles, '|'):find('with "use"', 1, true) then
    fail('code actions on leverage: ' .. table.concat(titles, ', '))
  end
  io.stdout:write(string.format('README setup: %d underlines, hover and quick fix on "leverage"\n', want))
end)
if not ok then
  fail(tostring(err))
end
vim.cmd('qall!')
