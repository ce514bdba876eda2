from sverka.cli.main import main

raise SystemExit(main())
