// Starts dynalite for Jobmate and exits when its parent closes stdin, so that a JVM that dies
// (even by SIGKILL) never leaves a DynamoDB process behind.
'use strict'
const dynalite = require('dynalite')

const args = {}
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1]
const options = { createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 }
if (args.path) options.path = args.path

const server = dynalite(options)
server.on('error', (err) => { console.error('dynalite: ' + err.message); process.exit(2) })
server.listen(Number(args.port), args.host || '127.0.0.1', () => {
  console.log('dynalite listening on port ' + server.address().port)
})
process.stdin.on('end', () => process.exit(0))
process.stdin.on('error', () => process.exit(0))
process.stdin.resume()
process.on('SIGTERM', () => server.close(() => process.exit(0)))
process.on('SIGINT', () => server.close(() => process.exit(0)))
