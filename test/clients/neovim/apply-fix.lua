-- Neovim 0.7 as a second real LSP client (REAL-CLIENTS.md): start guidelint-ls over stdio,
-- open the post, wait for its diagnostics, print them, ask for code actions on the first
-- diagnostic of one rule, apply the action with the given title and save. The node:test
-- wrapper (test/clients/neovim.test.ts) checks the printed diagnostics and the file on disk.
-- Input: GUIDELINT_SERVER, GUIDELINT_FILE, GUIDELINT_RULE (the diagnostic's code),
-- GUIDELINT_ACTION (the code action's title). Exit code 1 on failure.
local server = assert(os.getenv('GUIDELINT_SERVER'), 'GUIDELINT_SERVER is not set')
local file = assert(os.getenv('GUIDELINT_FILE'), 'GUIDELINT_FILE is not set')
local rule = assert(os.getenv('GUIDELINT_RULE'), 'GUIDELINT_RULE is not set')
local title = assert(os.getenv('GUIDELINT_ACTION'), 'GUIDELINT_ACTION is not set')

local function log(...)
  io.stdout:write(table.concat({ ... }, ' '), '\n')
end

-- vim.diagnostic keeps byte columns; LSP wants UTF-16 ones (0.7's own conversion back keeps bytes).
local function utf16(buf, line, byte_col)
  local text = vim.api.nvim_buf_get_lines(buf, line, line + 1, false)[1] or ''
  local _, units = vim.str_utfindex(text, math.min(byte_col, #text))
  return units
end

-- Rebuilds the LSP diagnostic from a vim.diagnostic item, keeping source, code and data.
local function to_lsp(buf, d)
  local lsp = (d.user_data or {}).lsp or {}
  return {
    range = {
      start = { line = d.lnum, character = utf16(buf, d.lnum, d.col) },
      ['end'] = { line = d.end_lnum, character = utf16(buf, d.end_lnum, d.end_col) },
    },
    severity = d.severity,
    message = d.message,
    source = d.source,
    code = d.code,
    data = lsp.data,
  }
end

local function first_diagnostic_of_rule(buf)
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.code == rule then return d end
  end
end

local function main()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local buf = vim.api.nvim_get_current_buf()
  log('filetype:', vim.bo[buf].filetype)
  local client_id = vim.lsp.start_client({
    name = 'guidelint',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':h'),
  })
  assert(client_id, 'the server did not start')
  vim.lsp.buf_attach_client(buf, client_id)

  assert(vim.wait(20000, function() return first_diagnostic_of_rule(buf) ~= nil end, 50), 'no ' .. rule .. ' diagnostic within 20 s')
  -- One server notification carries every diagnostic of a version, so all of them are here.
  local diagnostics = vim.diagnostic.get(buf)
  log('diagnostics:', #diagnostics)
  for _, d in ipairs(diagnostics) do
    local lsp = to_lsp(buf, d)
    log('diagnostic:', vim.fn.json_encode({ code = lsp.code, source = lsp.source, message = lsp.message, range = lsp.range }))
  end
  local target = to_lsp(buf, first_diagnostic_of_rule(buf))

  local params = {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    range = target.range,
    context = { diagnostics = { target } },
  }
  local responses = assert(vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, 10000), 'no code action response')
  local chosen
  for _, response in pairs(responses) do
    for _, action in ipairs(response.result or {}) do
      log('action:', action.title)
      if action.title == title and not chosen then chosen = action end
    end
  end
  assert(chosen, 'no action titled ' .. title .. ' offered')
  vim.lsp.util.apply_workspace_edit(chosen.edit, 'utf-16')

  local guidelines = vim.lsp.buf_request_sync(buf, 'workspace/executeCommand', {
    command = 'guidelint.relevantGuidelines',
    arguments = { { uri = vim.uri_from_bufnr(buf) } },
  }, 10000)
  for _, response in pairs(guidelines or {}) do
    local ids = {}
    for _, g in ipairs((response.result or {}).guidelines or {}) do table.insert(ids, g.id) end
    log('guidelines:', table.concat(ids, ','))
  end

  vim.cmd('silent write')
  vim.lsp.stop_client(client_id)
end

local ok, err = pcall(main)
if ok then
  log('ok')
  vim.cmd('qall!')
else
  io.stderr:write('neovim test failed: ', tostring(err), '\n')
  vim.cmd('cquit 1')
end
